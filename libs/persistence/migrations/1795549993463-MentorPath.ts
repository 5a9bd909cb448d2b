import { MigrationInterface, QueryRunner } from 'typeorm';

export class MentorPath1795549993463 implements MigrationInterface {
  name = 'MentorPath1795549993463';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "group_meetings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "held_on" date NOT NULL, "recorded_by" character varying(100) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e459548aa32d766fa7644ff8a5d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_0ed078a8befd82a1de0b662ebd" ON "group_meetings" ("program_id", "held_on") `);
    await queryRunner.query(
      `CREATE TABLE "group_meeting_attendance" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "mentor_id" uuid NOT NULL, CONSTRAINT "UQ_5a52d020b177af477c0382ddf96" UNIQUE ("meeting_id", "mentor_id"), CONSTRAINT "PK_bb17f390852ce5aad1c9c998179" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_b267892a30c06341bd96f5b062" ON "group_meeting_attendance" ("mentor_id") `);
    await queryRunner.query(
      `CREATE TABLE "mentor_path_events" ("id" character varying(200) NOT NULL, "mentor_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "phase" character varying(24) NOT NULL, "by" character varying(100) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "detail" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_3a6ebcfb106b29239d5eda5a5d0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_9f72e7556af6e8d4c9ed49846a" ON "mentor_path_events" ("mentor_id", "at") `);
    await queryRunner.query(
      `CREATE TABLE "nudges" ("key" character varying(300) NOT NULL, "kind" character varying(40) NOT NULL, "recipient_role" character varying(16) NOT NULL, "recipient_id" uuid, "program_slug" character varying(64) NOT NULL, "subject_workflow_id" character varying(200) NOT NULL, "subject_id" uuid NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'open', "raised_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_532112116428471c4eaaf10437c" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_e56270a396b56566c4941491be" ON "nudges" ("recipient_role", "program_slug", "status") `);
    await queryRunner.query(`ALTER TABLE "mentors" ADD "path_phase" character varying(24)`);
    await queryRunner.query(`ALTER TABLE "mentors" ADD "path_phase_since" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "group_meetings" ADD CONSTRAINT "FK_ac2bd1c8b05ac29d8d1270984e2" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_meeting_attendance" ADD CONSTRAINT "FK_de56247940f30750d9cfa302929" FOREIGN KEY ("meeting_id") REFERENCES "group_meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_meeting_attendance" ADD CONSTRAINT "FK_b267892a30c06341bd96f5b062b" FOREIGN KEY ("mentor_id") REFERENCES "mentors"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "group_meeting_attendance" DROP CONSTRAINT "FK_b267892a30c06341bd96f5b062b"`);
    await queryRunner.query(`ALTER TABLE "group_meeting_attendance" DROP CONSTRAINT "FK_de56247940f30750d9cfa302929"`);
    await queryRunner.query(`ALTER TABLE "group_meetings" DROP CONSTRAINT "FK_ac2bd1c8b05ac29d8d1270984e2"`);
    await queryRunner.query(`ALTER TABLE "mentors" DROP COLUMN "path_phase_since"`);
    await queryRunner.query(`ALTER TABLE "mentors" DROP COLUMN "path_phase"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e56270a396b56566c4941491be"`);
    await queryRunner.query(`DROP TABLE "nudges"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9f72e7556af6e8d4c9ed49846a"`);
    await queryRunner.query(`DROP TABLE "mentor_path_events"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b267892a30c06341bd96f5b062"`);
    await queryRunner.query(`DROP TABLE "group_meeting_attendance"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0ed078a8befd82a1de0b662ebd"`);
    await queryRunner.query(`DROP TABLE "group_meetings"`);
  }
}
