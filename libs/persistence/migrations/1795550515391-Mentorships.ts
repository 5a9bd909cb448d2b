import { MigrationInterface, QueryRunner } from 'typeorm';

export class Mentorships1795550515391 implements MigrationInterface {
  name = 'Mentorships1795550515391';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "mentorships" ("id" uuid NOT NULL, "program_id" uuid NOT NULL, "policy_version" integer NOT NULL, "young_person_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "phase" character varying(24) NOT NULL, "phase_since" TIMESTAMP WITH TIME ZONE NOT NULL, "mentor_id" uuid, "match_started_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "closure_kind" character varying(16), "closure_reason" character varying(24), "outcome" character varying(24), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_57c594aeb4b0aed94a827f82c48" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_54ff14b29432a4b4a78df075b9" ON "mentorships" ("mentor_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_4c539218b6fec6b9720c38eccd" ON "mentorships" ("program_id", "phase") `);
    await queryRunner.query(
      `CREATE TABLE "meetings" ("id" uuid NOT NULL, "mentorship_id" uuid NOT NULL, "mentor_id" uuid NOT NULL, "held_on" date NOT NULL, "minutes" integer NOT NULL, "place_kind" character varying(16) NOT NULL, "logged_by" character varying(100) NOT NULL, "logged_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_aa73be861afa77eb4ed31f3ed57" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_5bc0ef1aeafbe744df72cfcdc1" ON "meetings" ("mentorship_id", "held_on") `);
    await queryRunner.query(
      `CREATE TABLE "measurements" ("id" uuid NOT NULL, "mentorship_id" uuid NOT NULL, "instrument" character varying(16) NOT NULL, "due_point" character varying(16) NOT NULL, "answers" integer array NOT NULL DEFAULT '{}', "score" integer, "status" character varying(16), "measured_on" date NOT NULL, "submitted_by" character varying(100) NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_4e48b93adcbfe66d076ffa96477" UNIQUE ("mentorship_id", "instrument", "due_point"), CONSTRAINT "PK_3c0e7812563f27fd68e8271661b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "match_attempts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "mentorship_id" uuid NOT NULL, "attempt" integer NOT NULL, "mentor_id" uuid NOT NULL, "proposed_by" character varying(100) NOT NULL, "proposed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "outcome" character varying(32), "ended_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_01f8f40d35f12f6eec6f8a7dbda" UNIQUE ("mentorship_id", "attempt"), CONSTRAINT "PK_b8f52be0fea0a6628d5ff7dafa9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentorships" ADD CONSTRAINT "FK_57c594aeb4b0aed94a827f82c48" FOREIGN KEY ("id") REFERENCES "referrals"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentorships" ADD CONSTRAINT "FK_e8660c278cbe1d0751ffa596e7f" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentorships" ADD CONSTRAINT "FK_ff3d792e074339c0fad979a292d" FOREIGN KEY ("young_person_id") REFERENCES "young_people"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentorships" ADD CONSTRAINT "FK_54ff14b29432a4b4a78df075b90" FOREIGN KEY ("mentor_id") REFERENCES "mentors"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "FK_a0d16aa1cfaf91d49d14e444a1d" FOREIGN KEY ("mentorship_id") REFERENCES "mentorships"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "measurements" ADD CONSTRAINT "FK_15e51b3df03edd900bea54e3c38" FOREIGN KEY ("mentorship_id") REFERENCES "mentorships"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_attempts" ADD CONSTRAINT "FK_bbc2ef5296ab710514948bd4266" FOREIGN KEY ("mentorship_id") REFERENCES "mentorships"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "match_attempts" DROP CONSTRAINT "FK_bbc2ef5296ab710514948bd4266"`);
    await queryRunner.query(`ALTER TABLE "measurements" DROP CONSTRAINT "FK_15e51b3df03edd900bea54e3c38"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "FK_a0d16aa1cfaf91d49d14e444a1d"`);
    await queryRunner.query(`ALTER TABLE "mentorships" DROP CONSTRAINT "FK_54ff14b29432a4b4a78df075b90"`);
    await queryRunner.query(`ALTER TABLE "mentorships" DROP CONSTRAINT "FK_ff3d792e074339c0fad979a292d"`);
    await queryRunner.query(`ALTER TABLE "mentorships" DROP CONSTRAINT "FK_e8660c278cbe1d0751ffa596e7f"`);
    await queryRunner.query(`ALTER TABLE "mentorships" DROP CONSTRAINT "FK_57c594aeb4b0aed94a827f82c48"`);
    await queryRunner.query(`DROP TABLE "match_attempts"`);
    await queryRunner.query(`DROP TABLE "measurements"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5bc0ef1aeafbe744df72cfcdc1"`);
    await queryRunner.query(`DROP TABLE "meetings"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4c539218b6fec6b9720c38eccd"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_54ff14b29432a4b4a78df075b9"`);
    await queryRunner.query(`DROP TABLE "mentorships"`);
  }
}
