import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each audit row keeps its request's id (the X-Request-Id of its access-log
 * line and of the commands it sent), and the one UPDATE the log allows, giving
 * a row its status, cannot change that either.
 */
export class AuditRequestIds1795675000000 implements MigrationInterface {
  name = 'AuditRequestIds1795675000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_log" ADD "request_id" character varying(128)`);
    await queryRunner.query(statusOnce(['request_id']));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(statusOnce([]));
    await queryRunner.query(`ALTER TABLE "audit_log" DROP COLUMN "request_id"`);
  }
}

/** The trigger function of AuditTraceFirst: only a missing status may be set, every other column (and these) kept. */
function statusOnce(extraColumns: string[]): string {
  const columns = ['id', 'at', 'actor_id', 'actor_roles', 'action', 'method', 'route', 'subject_ids', ...extraColumns];
  const of = (row: string) => columns.map((column) => `${row}.${column}`).join(', ');
  return `CREATE OR REPLACE FUNCTION audit_log_status_once() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
         IF OLD.status IS NULL AND NEW.status IS NOT NULL AND (${of('NEW')}) IS NOT DISTINCT FROM (${of('OLD')}) THEN
           RETURN NEW;
         END IF;
         RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
       END $$`;
}
