import { MigrationInterface, QueryRunner } from 'typeorm';

export class MatchAgreementsAndIdempotency1795552753825 implements MigrationInterface {
  name = 'MatchAgreementsAndIdempotency1795552753825';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "match_agreements" ("mentorship_id" uuid NOT NULL, "meetings_per_period" integer NOT NULL, "period" character varying(8) NOT NULL, "minutes_per_meeting" integer NOT NULL, "goals" character varying(2000) NOT NULL, "mentor_role" character varying(1000) NOT NULL, "young_person_role" character varying(1000) NOT NULL, "program_check_ins" character varying(200) NOT NULL, "recorded_by" character varying(100) NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8f1a594382def525fec114afbce" PRIMARY KEY ("mentorship_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "referrals" ADD "idempotency_key" character varying(100)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_dd055cc0eb5e191bf0d773a457" ON "referrals" ("idempotency_key") `);
    await queryRunner.query(
      `ALTER TABLE "match_agreements" ADD CONSTRAINT "FK_8f1a594382def525fec114afbce" FOREIGN KEY ("mentorship_id") REFERENCES "mentorships"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "match_agreements" DROP CONSTRAINT "FK_8f1a594382def525fec114afbce"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dd055cc0eb5e191bf0d773a457"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP COLUMN "idempotency_key"`);
    await queryRunner.query(`DROP TABLE "match_agreements"`);
  }
}
