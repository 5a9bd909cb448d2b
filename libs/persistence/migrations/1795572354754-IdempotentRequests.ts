import { MigrationInterface, QueryRunner } from 'typeorm';

/** The API's Idempotency-Key store: one row per user and key, with the first request's fingerprint, its lease and its answer. */
export class IdempotentRequests1795572354754 implements MigrationInterface {
  name = 'IdempotentRequests1795572354754';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "idempotent_requests" ("user_id" character varying(100) NOT NULL, "key" character varying(100) NOT NULL, "method" character varying(8) NOT NULL, "url" text NOT NULL, "body_sha256" character(64) NOT NULL, "state" character varying(12) NOT NULL, "holder" uuid NOT NULL, "locked_until" TIMESTAMP WITH TIME ZONE NOT NULL, "response_status" integer, "response_body" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_e9d1179aea1e62ee8c7979d8b3a" PRIMARY KEY ("user_id", "key"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c5738d0e581023650f52ddc875" ON "idempotent_requests" ("expires_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_c5738d0e581023650f52ddc875"`);
    await queryRunner.query(`DROP TABLE "idempotent_requests"`);
  }
}
