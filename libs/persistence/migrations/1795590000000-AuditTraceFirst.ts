import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A request's audit row is written before it acts, its status when it is
 * answered: the status may be null, and the one UPDATE the log allows gives a
 * row without a status its status, changing nothing else. DELETE and TRUNCATE
 * stay refused.
 */
export class AuditTraceFirst1795590000000 implements MigrationInterface {
  name = 'AuditTraceFirst1795590000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_log" ALTER COLUMN "status" DROP NOT NULL`);
    await queryRunner.query(`DROP TRIGGER audit_log_append_only ON "audit_log"`);
    await queryRunner.query(
      `CREATE FUNCTION audit_log_status_once() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
         IF OLD.status IS NULL AND NEW.status IS NOT NULL
            AND (NEW.id, NEW.at, NEW.actor_id, NEW.actor_roles, NEW.action, NEW.method, NEW.route, NEW.subject_ids)
                IS NOT DISTINCT FROM (OLD.id, OLD.at, OLD.actor_id, OLD.actor_roles, OLD.action, OLD.method, OLD.route, OLD.subject_ids) THEN
           RETURN NEW;
         END IF;
         RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_log_status_once BEFORE UPDATE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION audit_log_status_once()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_log_append_only BEFORE DELETE OR TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_log_append_only ON "audit_log"`);
    await queryRunner.query(`DROP TRIGGER audit_log_status_once ON "audit_log"`);
    await queryRunner.query(`DROP FUNCTION audit_log_status_once()`);
    await queryRunner.query(
      `CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`,
    );
    await queryRunner.query(`ALTER TABLE "audit_log" ALTER COLUMN "status" SET NOT NULL`);
  }
}
