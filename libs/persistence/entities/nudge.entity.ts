import { Column, CreateDateColumn, Entity, Generated, Index, PrimaryColumn } from 'typeorm';

export const NUDGE_STATUSES = ['open', 'acknowledged', 'resolved'] as const;
export type NudgeStatus = (typeof NUDGE_STATUSES)[number];

export const NUDGE_RECIPIENT_ROLES = ['coordinator', 'mentor', 'young-person', 'referrer', 'panel'] as const;
export type NudgeRecipientRole = (typeof NUDGE_RECIPIENT_ROLES)[number];

/**
 * Something the engine chases a person about: a stalled screening, a missing
 * meeting log. The key is chosen by the workflow that raises it (its id and
 * what stalled), so raising the same nudge twice finds the first. Its own
 * workflow (`nudge-<key>`) delivers it, escalates it when ignored and keeps
 * the status here: open until the recipient acknowledges it or the thing it
 * chases happens (resolved).
 */
@Entity('nudges')
@Index(['recipientRole', 'programSlug', 'status'])
@Index(['recipientRole', 'recipientId', 'status'])
// The Today page's facts (an overdue measurement, a quota behind, a stalled path) are the nudges of their kind not yet settled.
@Index(['kind', 'programSlug', 'raisedAt'], { where: `"settled_at" IS NULL` })
// Whether a nudge still chases a course's contact, asked as each meeting or check-in is stored (MeetingsService).
@Index('IDX_nudges_open_by_subject', ['subjectId', 'kind'], { where: `"settled_at" IS NULL` })
export class Nudge {
  @PrimaryColumn({ type: 'varchar', length: 300 }) key!: string;
  /** The id people and links use; the key is the engine's. */
  @Index({ unique: true }) @Column({ type: 'uuid' }) @Generated('uuid') id!: string;
  @Column({ type: 'varchar', length: 60 }) kind!: string;
  @Column({ name: 'recipient_role', type: 'varchar', length: 16 }) recipientRole!: NudgeRecipientRole;
  /** A named recipient; null for a coordinator nudge, which the program's coordinators share. */
  @Column({ name: 'recipient_id', type: 'uuid', nullable: true }) recipientId!: string | null;
  @Column({ name: 'program_slug', type: 'varchar', length: 64 }) programSlug!: string;
  /** Where the subject belongs, so a municipal coordinator gets her own municipality's nudges. */
  @Column({ name: 'municipality_id', type: 'uuid', nullable: true }) municipalityId!: string | null;
  @Column({ name: 'subject_workflow_id', type: 'varchar', length: 200 }) subjectWorkflowId!: string;
  @Column({ name: 'subject_id', type: 'uuid' }) subjectId!: string;
  /** For a nudge that reports another one ignored: that one's key. */
  @Index() @Column({ name: 'escalation_of', type: 'varchar', length: 300, nullable: true }) escalationOf!: string | null;
  @Column({ type: 'varchar', length: 16, default: 'open' }) status!: NudgeStatus;
  @CreateDateColumn({ name: 'raised_at', type: 'timestamptz' }) raisedAt!: Date;
  @Column({ name: 'escalated_at', type: 'timestamptz', nullable: true }) escalatedAt!: Date | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  /**
   * When what it chases happened or stopped being chased (it was resolved), even after its recipient acknowledged it: an acknowledged
   * nudge keeps its status, but the overdue measurement or stalled path it is about stays a fact for the Today page until this is set.
   */
  @Column({ name: 'settled_at', type: 'timestamptz', nullable: true }) settledAt!: Date | null;
  /** Who acknowledged it (a user id), or what resolved it (e.g. "meeting logged"). */
  @Column({ name: 'closed_by', type: 'varchar', length: 100, nullable: true }) closedBy!: string | null;
}
