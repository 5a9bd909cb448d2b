import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The API stores a course's reviews, which the course reads with its contact. Courses referred before hold their earlier reviews in
 * their workflows only: their rows say so (reviews_in_records false, as the column is added), and new rows default to true.
 */
export class CourseReviews1795705000000 implements MigrationInterface {
  name = 'CourseReviews1795705000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "course_reviews" ("mentorship_id" uuid NOT NULL, "review_at_ms" bigint NOT NULL, "decision" character varying(16) NOT NULL, "extended_to" TIMESTAMP WITH TIME ZONE, "held_by" character varying(100) NOT NULL, "held_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a2f198e2e03b7fbf7ee17081246" PRIMARY KEY ("mentorship_id", "review_at_ms"))`,
    );
    await queryRunner.query(`ALTER TABLE "mentorships" ADD "reviews_in_records" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "mentorships" ALTER COLUMN "reviews_in_records" SET DEFAULT true`);
    await queryRunner.query(
      `ALTER TABLE "course_reviews" ADD CONSTRAINT "FK_e9f62a9102fd0b95a4505ac7c95" FOREIGN KEY ("mentorship_id") REFERENCES "mentorships"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "course_reviews" DROP CONSTRAINT "FK_e9f62a9102fd0b95a4505ac7c95"`);
    await queryRunner.query(`ALTER TABLE "mentorships" DROP COLUMN "reviews_in_records"`);
    await queryRunner.query(`DROP TABLE "course_reviews"`);
  }
}
