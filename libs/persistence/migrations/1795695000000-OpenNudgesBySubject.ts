import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The API asks, as it stores a meeting or check-in, whether a nudge about that course still chases it (so the course must read its
 * contact at once): the open nudges by subject and kind.
 */
export class OpenNudgesBySubject1795695000000 implements MigrationInterface {
  name = 'OpenNudgesBySubject1795695000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_nudges_open_by_subject" ON "nudges" ("subject_id", "kind") WHERE "settled_at" IS NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_nudges_open_by_subject"`);
  }
}
