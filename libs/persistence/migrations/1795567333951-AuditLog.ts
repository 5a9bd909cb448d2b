import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditLog1795567333951 implements MigrationInterface {
  name = 'AuditLog1795567333951';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" character varying(100), "actor_roles" text array NOT NULL DEFAULT '{}', "action" character varying(8) NOT NULL, "method" character varying(8) NOT NULL, "route" character varying(200) NOT NULL, "subject_ids" jsonb NOT NULL DEFAULT '{}', "status" integer NOT NULL, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_audit_log_subject_ids" ON "audit_log" USING GIN ("subject_ids")`);
    await queryRunner.query(`CREATE INDEX "IDX_c7d3ae3160ef4430133acbe742" ON "audit_log" ("actor_id", "at") `);
    // Append-only: what was logged stays logged.
    await queryRunner.query(
      `CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_log_append_only ON "audit_log"`);
    await queryRunner.query(`DROP FUNCTION audit_log_append_only()`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c7d3ae3160ef4430133acbe742"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_log_subject_ids"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
  }
}
