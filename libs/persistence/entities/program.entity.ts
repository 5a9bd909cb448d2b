import { Column, Entity, Index } from 'typeorm';
import { Archivable } from './archivable';

export const PROGRAM_STATUSES = ['draft', 'active', 'archived'] as const;
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number];

/**
 * A mentor program. `draft` until its lifecycle workflow has activated it;
 * the policy itself lives in versioned rows (ProgramPolicyVersion).
 */
@Entity('programs')
export class Program extends Archivable {
  @Index({ unique: true }) @Column({ length: 64 }) slug!: string;
  @Column({ length: 200 }) name!: string;
  @Column({ length: 2000, default: '' }) description!: string;
  @Column({ type: 'varchar', length: 16, default: 'draft' }) status!: ProgramStatus;
  @Column({ name: 'policy_version', type: 'int' }) policyVersion!: number;
  @Column({ name: 'workflow_id', type: 'varchar', length: 200, nullable: true }) workflowId!: string | null;
  @Column({ name: 'activated_at', type: 'timestamptz', nullable: true }) activatedAt!: Date | null;
  /** The coordinator who leads the program: the last owner of an escalation nobody below answered. */
  @Column({ name: 'lead_coordinator_id', type: 'uuid', nullable: true }) leadCoordinatorId!: string | null;
  @Column({ name: 'archived_by', type: 'varchar', length: 100, nullable: true }) archivedBy!: string | null;
}
