import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose rows sign in: archiving one ends her sessions (see the trigger). */
const ARCHIVABLE_SUBJECTS = ['coordinators', 'mentors', 'panel_members', 'referrers', 'accounts'];

/** Signing in: accounts of operators and program administrators, sessions, sign-in links, API tokens, sign-in rate counts, OIDC sign-ins under way. */
export class Identity1795600000000 implements MigrationInterface {
  name = 'Identity1795600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "accounts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "kind" character varying(16) NOT NULL, "name" character varying(200) NOT NULL, "email" character varying(254), "phone" character varying(32), "language" character varying(2) NOT NULL DEFAULT 'da', CONSTRAINT "PK_5a7a02c20412299d198e097a8fe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "sessions" ("id" character(64) NOT NULL, "subject_id" uuid NOT NULL, "method" character varying(8) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "idle_expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "user_agent" character varying(300) NOT NULL DEFAULT '', CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_17edfc4655f7d022ebc5f73989" ON "sessions" ("subject_id") `);
    await queryRunner.query(
      `CREATE TABLE "sign_in_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "subject_id" uuid NOT NULL, "next_path" character varying(300) NOT NULL DEFAULT '/', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_32dc38a124eb12791e7726a4492" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_4a87c7361bc787f34e42e1dcd2" ON "sign_in_tokens" ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_d44b1c66127c0dccc87baa52a7" ON "sign_in_tokens" ("subject_id") `);
    await queryRunner.query(
      `CREATE TABLE "api_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "secret_hash" character(64) NOT NULL, "scopes" text array NOT NULL, "program_ids" uuid array NOT NULL DEFAULT '{}', "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_c587455266b5fa8dace7194caac" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_7e7249acb8127967fc6b8907d6" ON "api_tokens" ("secret_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_d895512b38605026594ab6266b" ON "api_tokens" ("created_by") `);
    await queryRunner.query(
      `CREATE TABLE "sign_in_requests" ("id" BIGSERIAL NOT NULL, "bucket" character varying(100) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7284adceb2a41079db81393b04a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_03ce710106bbcf26607f5d6fec" ON "sign_in_requests" ("bucket", "at") `);
    await queryRunner.query(
      `CREATE TABLE "oidc_sign_ins" ("state_hash" character(64) NOT NULL, "code_verifier" character varying(128) NOT NULL, "nonce" character varying(128) NOT NULL, "next_path" character varying(300) NOT NULL DEFAULT '/', "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_61b772dec497eefa388eefcd419" PRIMARY KEY ("state_hash"))`,
    );

    // Archiving a person or an account ends her access at once, whichever code (or SQL) archives her:
    // her sessions and unused sign-in links go, and the API tokens she made are revoked.
    await queryRunner.query(`CREATE FUNCTION end_access_of_archived() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "sessions" WHERE "subject_id" = NEW."id";
  DELETE FROM "sign_in_tokens" WHERE "subject_id" = NEW."id" AND "used_at" IS NULL;
  UPDATE "api_tokens" SET "revoked_at" = now() WHERE "created_by" = NEW."id" AND "revoked_at" IS NULL;
  RETURN NEW;
END $$`);
    for (const table of ARCHIVABLE_SUBJECTS) {
      await queryRunner.query(
        `CREATE TRIGGER "end_access_of_archived" AFTER UPDATE OF "archived_at" ON "${table}" FOR EACH ROW WHEN (NEW."archived_at" IS NOT NULL AND OLD."archived_at" IS NULL) EXECUTE FUNCTION end_access_of_archived()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ARCHIVABLE_SUBJECTS) await queryRunner.query(`DROP TRIGGER "end_access_of_archived" ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION end_access_of_archived()`);
    await queryRunner.query(`DROP TABLE "oidc_sign_ins"`);
    await queryRunner.query(`DROP TABLE "sign_in_requests"`);
    await queryRunner.query(`DROP TABLE "api_tokens"`);
    await queryRunner.query(`DROP TABLE "sign_in_tokens"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP TABLE "accounts"`);
  }
}
