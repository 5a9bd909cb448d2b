import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export const NUDGE_STATUSES = ['open', 'acknowledged'] as const;
export type NudgeStatus = (typeof NUDGE_STATUSES)[number];

/**
 * Something the engine chases a person about: a stalled screening, a missing
 * meeting log. The key is chosen by the workflow that raises it (its id and
 * what stalled), so raising the same nudge twice finds the first.
 */
@Entity('nudges')
@Index(['recipientRole', 'programSlug', 'status'])
export class Nudge {
  @PrimaryColumn({ type: 'varchar', length: 300 }) key!: string;
  @Column({ type: 'varchar', length: 40 }) kind!: string;
  @Column({ name: 'recipient_role', type: 'varchar', length: 16 }) recipientRole!: string;
  /** A named recipient, when one person (not everyone in the role) must answer. */
  @Column({ name: 'recipient_id', type: 'uuid', nullable: true }) recipientId!: string | null;
  @Column({ name: 'program_slug', type: 'varchar', length: 64 }) programSlug!: string;
  @Column({ name: 'subject_workflow_id', type: 'varchar', length: 200 }) subjectWorkflowId!: string;
  @Column({ name: 'subject_id', type: 'uuid' }) subjectId!: string;
  @Column({ type: 'varchar', length: 16, default: 'open' }) status!: NudgeStatus;
  @CreateDateColumn({ name: 'raised_at', type: 'timestamptz' }) raisedAt!: Date;
}
