import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795548327009 implements MigrationInterface {
  name = 'InitialSchema1795548327009';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "municipalities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "name" character varying(100) NOT NULL, "code" character varying(8), CONSTRAINT "PK_9c4573349577306f221dda4d924" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b8cf722b934222a7dac3471332" ON "municipalities" ("name") `);
    await queryRunner.query(
      `CREATE TABLE "programs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "slug" character varying(64) NOT NULL, "name" character varying(200) NOT NULL, "description" character varying(2000) NOT NULL DEFAULT '', "status" character varying(16) NOT NULL DEFAULT 'draft', "policy_version" integer NOT NULL, "workflow_id" character varying(200), "activated_at" TIMESTAMP WITH TIME ZONE, "archived_by" character varying(100), CONSTRAINT "PK_d43c664bcaafc0e8a06dfd34e05" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_4180c2bfa0402878a63b70cb4a" ON "programs" ("slug") `);
    await queryRunner.query(
      `CREATE TABLE "coordinators" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "municipality_id" uuid, "name" character varying(200) NOT NULL, "email" character varying(254), "phone" character varying(32), "language" character varying(2) NOT NULL DEFAULT 'da', CONSTRAINT "PK_4f4d48f1f19c8f06b0bbcf395ee" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "referrers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "kind" character varying(32) NOT NULL, "municipality_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "email" character varying(254), "phone" character varying(32), "language" character varying(2) NOT NULL DEFAULT 'da', CONSTRAINT "PK_ad6b2d9ca26305d3dba285dac0d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_dc908bb56084a2f0a9d4e82f4b" ON "referrers" ("municipality_id") `);
    await queryRunner.query(
      `CREATE TABLE "mentors" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "program_id" uuid NOT NULL, "municipality_id" uuid, "gender" character varying(8), "name" character varying(200) NOT NULL, "email" character varying(254), "phone" character varying(32), "language" character varying(2) NOT NULL DEFAULT 'da', "languages" text array NOT NULL DEFAULT '{}', "interests" text array NOT NULL DEFAULT '{}', "area" character varying(100), "availability" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_67a614446eab992e4d0580afebf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_5792834ca55a097130cc1c8829" ON "mentors" ("program_id") `);
    await queryRunner.query(
      `CREATE TABLE "young_people" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "birth_date" date NOT NULL, "gender" character varying(8), "municipality_id" uuid NOT NULL, "preferred_mentor_gender" character varying(8), "needs" character varying(2000) NOT NULL DEFAULT '', "name" character varying(200) NOT NULL, "email" character varying(254), "phone" character varying(32), "language" character varying(2) NOT NULL DEFAULT 'da', "languages" text array NOT NULL DEFAULT '{}', "interests" text array NOT NULL DEFAULT '{}', "area" character varying(100), "availability" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_b96e97f1ac2c310092620ab9422" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_909193a272d0d0ee255cd6508f" ON "young_people" ("municipality_id") `);
    await queryRunner.query(
      `CREATE TABLE "panel_members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "program_id" uuid NOT NULL, "categories" text array NOT NULL DEFAULT '{}', "profession" character varying(100) NOT NULL DEFAULT '', "name" character varying(200) NOT NULL, "email" character varying(254), "phone" character varying(32), "language" character varying(2) NOT NULL DEFAULT 'da', CONSTRAINT "PK_02b94bfd5935db3ae179578b686" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_3e8ba7b1be65c43d0a29a60a5b" ON "panel_members" ("program_id") `);
    await queryRunner.query(
      `CREATE TABLE "program_policy_versions" ("program_id" uuid NOT NULL, "version" integer NOT NULL, "policy" jsonb NOT NULL, "created_by" character varying(100) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bbd4eb1541f79460f9d75cbdd63" PRIMARY KEY ("program_id", "version"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "referral_quotas" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "program_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "agreed" integer NOT NULL, CONSTRAINT "CHK_566c4b2db1540069345b579bba" CHECK ("agreed" >= 0), CONSTRAINT "CHK_835d02df213b8a37e789a1e772" CHECK ("period_start" < "period_end"), CONSTRAINT "PK_25696266536b61e350c1111f37a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_eddce39c7a6e9068bcb5617176" ON "referral_quotas" ("program_id", "municipality_id", "period_start") WHERE archived_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "referrals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "policy_version" integer NOT NULL, "municipality_id" uuid NOT NULL, "referrer_id" uuid NOT NULL, "young_person_id" uuid NOT NULL, "referred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by" character varying(100) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ea9980e34f738b6252817326c08" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ebaf6f71d945dee43826d01aef" ON "referrals" ("program_id", "municipality_id", "referred_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "coordinators" ADD CONSTRAINT "FK_6f0a276892139735825381ca57e" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referrers" ADD CONSTRAINT "FK_dc908bb56084a2f0a9d4e82f4b6" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentors" ADD CONSTRAINT "FK_5792834ca55a097130cc1c8829e" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentors" ADD CONSTRAINT "FK_3863b688014e14c74dfaaedf49a" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "young_people" ADD CONSTRAINT "FK_909193a272d0d0ee255cd6508f2" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "panel_members" ADD CONSTRAINT "FK_3e8ba7b1be65c43d0a29a60a5ba" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "program_policy_versions" ADD CONSTRAINT "FK_a5a3a990aa02aceb541ac8acd47" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referral_quotas" ADD CONSTRAINT "FK_6c888603b894add103db7789240" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referral_quotas" ADD CONSTRAINT "FK_b19d461adb6bbe3a911544caa9f" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referrals" ADD CONSTRAINT "FK_9c44ff5d4d53479cb572ea14336" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referrals" ADD CONSTRAINT "FK_9ce76119879a062295c0d2413ae" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referrals" ADD CONSTRAINT "FK_18af9fcaffac6d6d3b28130e149" FOREIGN KEY ("referrer_id") REFERENCES "referrers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referrals" ADD CONSTRAINT "FK_7e8a8cd101cfe4197de223a1e80" FOREIGN KEY ("young_person_id") REFERENCES "young_people"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "FK_7e8a8cd101cfe4197de223a1e80"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "FK_18af9fcaffac6d6d3b28130e149"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "FK_9ce76119879a062295c0d2413ae"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "FK_9c44ff5d4d53479cb572ea14336"`);
    await queryRunner.query(`ALTER TABLE "referral_quotas" DROP CONSTRAINT "FK_b19d461adb6bbe3a911544caa9f"`);
    await queryRunner.query(`ALTER TABLE "referral_quotas" DROP CONSTRAINT "FK_6c888603b894add103db7789240"`);
    await queryRunner.query(`ALTER TABLE "program_policy_versions" DROP CONSTRAINT "FK_a5a3a990aa02aceb541ac8acd47"`);
    await queryRunner.query(`ALTER TABLE "panel_members" DROP CONSTRAINT "FK_3e8ba7b1be65c43d0a29a60a5ba"`);
    await queryRunner.query(`ALTER TABLE "young_people" DROP CONSTRAINT "FK_909193a272d0d0ee255cd6508f2"`);
    await queryRunner.query(`ALTER TABLE "mentors" DROP CONSTRAINT "FK_3863b688014e14c74dfaaedf49a"`);
    await queryRunner.query(`ALTER TABLE "mentors" DROP CONSTRAINT "FK_5792834ca55a097130cc1c8829e"`);
    await queryRunner.query(`ALTER TABLE "referrers" DROP CONSTRAINT "FK_dc908bb56084a2f0a9d4e82f4b6"`);
    await queryRunner.query(`ALTER TABLE "coordinators" DROP CONSTRAINT "FK_6f0a276892139735825381ca57e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ebaf6f71d945dee43826d01aef"`);
    await queryRunner.query(`DROP TABLE "referrals"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eddce39c7a6e9068bcb5617176"`);
    await queryRunner.query(`DROP TABLE "referral_quotas"`);
    await queryRunner.query(`DROP TABLE "program_policy_versions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3e8ba7b1be65c43d0a29a60a5b"`);
    await queryRunner.query(`DROP TABLE "panel_members"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_909193a272d0d0ee255cd6508f"`);
    await queryRunner.query(`DROP TABLE "young_people"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5792834ca55a097130cc1c8829"`);
    await queryRunner.query(`DROP TABLE "mentors"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dc908bb56084a2f0a9d4e82f4b"`);
    await queryRunner.query(`DROP TABLE "referrers"`);
    await queryRunner.query(`DROP TABLE "coordinators"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4180c2bfa0402878a63b70cb4a"`);
    await queryRunner.query(`DROP TABLE "programs"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b8cf722b934222a7dac3471332"`);
    await queryRunner.query(`DROP TABLE "municipalities"`);
  }
}
