import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A review remembers the request that held it (its Idempotency-Key's id), so that a retry after a lost answer finds the review as
 * its own instead of being refused it. Reviews held before have none: no retry of theirs is still running.
 */
export class ReviewRequestIds1795725000000 implements MigrationInterface {
  name = 'ReviewRequestIds1795725000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "course_reviews" ADD "request_id" character varying(64)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "course_reviews" DROP COLUMN "request_id"`);
  }
}
