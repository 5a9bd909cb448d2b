import { MigrationInterface, QueryRunner } from 'typeorm';

export class CheckIns1795553523470 implements MigrationInterface {
  name = 'CheckIns1795553523470';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "check_ins" ("id" character varying(200) NOT NULL, "mentorship_id" uuid NOT NULL, "party" character varying(16) NOT NULL, "held_on" date NOT NULL, "recorded_by" character varying(100) NOT NULL, CONSTRAINT "PK_fac7f27bc829a454ad477c13f62" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_360865d8595a004a48843da3cb" ON "check_ins" ("mentorship_id", "held_on") `);
    await queryRunner.query(
      `ALTER TABLE "check_ins" ADD CONSTRAINT "FK_8a662ecea907aaa45c73696be1d" FOREIGN KEY ("mentorship_id") REFERENCES "mentorships"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "check_ins" DROP CONSTRAINT "FK_8a662ecea907aaa45c73696be1d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_360865d8595a004a48843da3cb"`);
    await queryRunner.query(`DROP TABLE "check_ins"`);
  }
}
