import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The coordinators' Today page reads its rows by index: a program's open escalations, and the nudges of a kind still unresolved (an
 * overdue measurement, a quota behind, a stalled mentor path), each a small part of the rows ever written.
 */
export class TodayIndexes1795650000000 implements MigrationInterface {
  name = 'TodayIndexes1795650000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_6531a959f91761387b39f01af4" ON "escalations" ("program_slug", "raised_at") WHERE "status" = 'open'`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c9fdbe73be9ebcaab73ee979b0" ON "nudges" ("kind", "program_slug", "raised_at") WHERE "status" <> 'resolved'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_c9fdbe73be9ebcaab73ee979b0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6531a959f91761387b39f01af4"`);
  }
}
