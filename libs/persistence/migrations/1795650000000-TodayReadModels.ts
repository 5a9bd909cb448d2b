import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The coordinators' Today page reads its rows by index: a program's open escalations, and the nudges of a kind not yet settled (an
 * overdue measurement, a quota behind, a stalled mentor path), each a small part of the rows ever written. A nudge is settled when it is
 * resolved, acknowledged before or not; one closed before this migration counts as settled when it was closed (whether what an
 * acknowledged one chased has happened since was not recorded).
 */
export class TodayReadModels1795650000000 implements MigrationInterface {
  name = 'TodayReadModels1795650000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_6531a959f91761387b39f01af4" ON "escalations" ("program_slug", "raised_at") WHERE "status" = 'open'`,
    );
    await queryRunner.query(`ALTER TABLE "nudges" ADD "settled_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`UPDATE "nudges" SET "settled_at" = COALESCE("closed_at", now()) WHERE "status" <> 'open'`);
    await queryRunner.query(
      `CREATE INDEX "IDX_564009012836d2a5dc440a43c7" ON "nudges" ("kind", "program_slug", "raised_at") WHERE "settled_at" IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_564009012836d2a5dc440a43c7"`);
    await queryRunner.query(`ALTER TABLE "nudges" DROP COLUMN "settled_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6531a959f91761387b39f01af4"`);
  }
}
