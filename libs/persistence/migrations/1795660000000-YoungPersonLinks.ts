import { MigrationInterface, QueryRunner } from 'typeorm';

/** The young person's own links (consent, measurements) and her consents; who entered a measurement; mentors' calendar feeds. */
export class YoungPersonLinks1795660000000 implements MigrationInterface {
  name = 'YoungPersonLinks1795660000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "young_person_links" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ask_key" character varying(300) NOT NULL, "mentorship_id" uuid NOT NULL, "purpose" character varying(16) NOT NULL, "instrument" character varying(16), "due_point" character varying(16), "valid_for_seconds" integer NOT NULL, "token_hash" character(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a1d2db937e4468e1c68ce3666fe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3b77c11d906aff66a98fb9236e" ON "young_person_links" ("ask_key")`);
    await queryRunner.query(`CREATE INDEX "IDX_a4142907ff31ab693ce8a1e3d3" ON "young_person_links" ("mentorship_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_73531df8ed0d310b26a19a1094" ON "young_person_links" ("token_hash")`);
    await queryRunner.query(
      `CREATE TABLE "young_person_consents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "mentorship_id" uuid NOT NULL, "link_id" uuid NOT NULL, "given" boolean NOT NULL, "wording_version" character varying(40) NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5b3d292e550aeeb910620c47f75" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c3f4e9204fd7ed8c70968b75e4" ON "young_person_consents" ("mentorship_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_41fe945ad8c26c241f287b2177" ON "young_person_consents" ("link_id")`);
    await queryRunner.query(
      `CREATE TABLE "calendar_feeds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "mentor_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_045067d8bb57f971f3c5426ea71" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_df53b5f17d35a6bac0fb13e16a" ON "calendar_feeds" ("token_hash")`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_55ae7e5bc3c469aca7d6542886" ON "calendar_feeds" ("mentor_id") WHERE "revoked_at" IS NULL`,
    );
    await queryRunner.query(`ALTER TABLE "measurements" ADD "entered_by" character varying(16) NOT NULL DEFAULT 'coordinator'`);
    // Before this column, measurements were entered by mentors or coordinators: whoever submitted it tells which.
    await queryRunner.query(`UPDATE "measurements" SET "entered_by" = 'mentor' WHERE "submitted_by" IN (SELECT "id"::text FROM "mentors")`);
    await queryRunner.query(`ALTER TABLE "measurements" ALTER COLUMN "entered_by" DROP DEFAULT`);
    await queryRunner.query(
      `ALTER TABLE "young_person_links" ADD CONSTRAINT "FK_a4142907ff31ab693ce8a1e3d39" FOREIGN KEY ("mentorship_id") REFERENCES "referrals"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "young_person_consents" ADD CONSTRAINT "FK_c3f4e9204fd7ed8c70968b75e44" FOREIGN KEY ("mentorship_id") REFERENCES "referrals"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "young_person_consents" ADD CONSTRAINT "FK_41fe945ad8c26c241f287b2177c" FOREIGN KEY ("link_id") REFERENCES "young_person_links"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "calendar_feeds" ADD CONSTRAINT "FK_1dd37ef425f8a0136950aceccac" FOREIGN KEY ("mentor_id") REFERENCES "mentors"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "calendar_feeds" DROP CONSTRAINT "FK_1dd37ef425f8a0136950aceccac"`);
    await queryRunner.query(`ALTER TABLE "young_person_consents" DROP CONSTRAINT "FK_41fe945ad8c26c241f287b2177c"`);
    await queryRunner.query(`ALTER TABLE "young_person_consents" DROP CONSTRAINT "FK_c3f4e9204fd7ed8c70968b75e44"`);
    await queryRunner.query(`ALTER TABLE "young_person_links" DROP CONSTRAINT "FK_a4142907ff31ab693ce8a1e3d39"`);
    await queryRunner.query(`ALTER TABLE "measurements" DROP COLUMN "entered_by"`);
    await queryRunner.query(`DROP TABLE "calendar_feeds"`);
    await queryRunner.query(`DROP TABLE "young_person_consents"`);
    await queryRunner.query(`DROP TABLE "young_person_links"`);
  }
}
