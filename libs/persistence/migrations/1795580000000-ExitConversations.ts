import { MigrationInterface, QueryRunner } from 'typeorm';

/** Whether each exit conversation was held or only offered: the course's workflow records that one took place, not which. */
export class ExitConversations1795580000000 implements MigrationInterface {
  name = 'ExitConversations1795580000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "exit_conversations" ("mentorship_id" uuid NOT NULL, "party" character varying(16) NOT NULL, "held" boolean NOT NULL, "recorded_by" character varying(100) NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_18338b9014d1269d40e3dcc2545" PRIMARY KEY ("mentorship_id", "party"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "exit_conversations" ADD CONSTRAINT "FK_bec8caa49cfa8ea8b1738a69b51" FOREIGN KEY ("mentorship_id") REFERENCES "mentorships"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "exit_conversations" DROP CONSTRAINT "FK_bec8caa49cfa8ea8b1738a69b51"`);
    await queryRunner.query(`DROP TABLE "exit_conversations"`);
  }
}
