import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const AUDIT_ACTIONS = ['read', 'write'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * One request to the API that read or wrote data: who (a user id and roles),
 * what (the route and the ids in it), when, and how it ended. Append-only: a
 * trigger refuses DELETE and every UPDATE but giving a row its status once, so
 * the log cannot be tidied afterwards.
 */
@Entity('audit_log')
@Index(['actorId', 'at'])
// A GIN index (made by the migration, which TypeORM cannot express) answers "who touched this person's data".
@Index('IDX_audit_log_subject_ids', { synchronize: false })
export class AuditEntry {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @CreateDateColumn({ type: 'timestamptz' }) at!: Date;
  /** Null when the caller could not show who she is (then the status says 401). */
  @Column({ name: 'actor_id', type: 'varchar', length: 100, nullable: true }) actorId!: string | null;
  @Column({ name: 'actor_roles', type: 'text', array: true, default: '{}' }) actorRoles!: string[];
  @Column({ type: 'varchar', length: 8 }) action!: AuditAction;
  @Column({ type: 'varchar', length: 8 }) method!: string;
  /** The route as declared, e.g. "/young-people/:id": why the data was touched. */
  @Column({ type: 'varchar', length: 200 }) route!: string;
  /** The ids in the path, e.g. {"id": "…"}: whose data. */
  @Column({ name: 'subject_ids', type: 'jsonb', default: {} }) subjectIds!: Record<string, string>;
  /** The answer's status; null while the request runs (its row is written before it acts), and if its answer could not be recorded. */
  @Column({ type: 'int', nullable: true }) status!: number | null;
  /** The request's X-Request-Id (its access-log line, the header on the commands it sent); null on rows from before it was kept. */
  @Column({ name: 'request_id', type: 'varchar', length: 128, nullable: true }) requestId!: string | null;
}
