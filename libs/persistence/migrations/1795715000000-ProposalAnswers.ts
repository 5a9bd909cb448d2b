import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The API stores each party's answer to a proposal on its attempt's row. Attempts proposed before hold their answers in their
 * course's workflow only: their rows say so (answers_in_records false, as the column is added), and new rows default to true.
 */
export class ProposalAnswers1795715000000 implements MigrationInterface {
  name = 'ProposalAnswers1795715000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "match_attempts" ADD "answers_in_records" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "match_attempts" ALTER COLUMN "answers_in_records" SET DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "match_attempts" ADD "young_person_answer" character varying(8)`);
    await queryRunner.query(`ALTER TABLE "match_attempts" ADD "mentor_answer" character varying(8)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "match_attempts" DROP COLUMN "mentor_answer"`);
    await queryRunner.query(`ALTER TABLE "match_attempts" DROP COLUMN "young_person_answer"`);
    await queryRunner.query(`ALTER TABLE "match_attempts" DROP COLUMN "answers_in_records"`);
  }
}
