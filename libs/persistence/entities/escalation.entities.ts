import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type {
  ActorRole,
  EscalationLevel,
  EscalationOutcome,
  EscalationPhase,
  EscalationReason,
  Urgency,
} from '../../../workflows/escalation/messages';

/** `draft` while the API asks the mentorship to take a person's escalation; a refused draft is deleted. */
export const ESCALATION_STATUSES = ['draft', 'open', 'resolved'] as const;
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number];

/** What made the engine raise one, for the panel: the facts, not the file. */
export type EscalationFacts =
  | { instrument: 'who5'; duePoint: string; measuredOn: string; score: number; previousScore: number | null; band: string }
  | { missedInARow: number; plannedOn: string[] }
  | { unansweredNudges: number };

/**
 * A concern or a request for advice about one mentorship, answered by the
 * program's expert panel. Its workflow (`escalation-<id>`) owns the phase and
 * the deadlines; this row mirrors them for lists and access checks, and holds
 * what the workflow must not: the question and the triggering facts.
 */
@Entity('escalations')
@Index(['status', 'urgency'])
// The open ones of a program, for the Today page: few of all those ever raised.
@Index(['programSlug', 'raisedAt'], { where: `"status" = 'open'` })
export class Escalation {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  /** The raiser's idempotency key: the engine's rule and its occasion, or the id for a person's. */
  @Index({ unique: true }) @Column({ type: 'varchar', length: 300 }) key!: string;
  @Index() @Column({ name: 'mentorship_id', type: 'uuid' }) mentorshipId!: string;
  @Column({ name: 'program_slug', type: 'varchar', length: 64 }) programSlug!: string;
  @Column({ name: 'municipality_id', type: 'uuid' }) municipalityId!: string;
  @Column({ name: 'policy_version', type: 'int' }) policyVersion!: number;
  @Column({ type: 'varchar', length: 24 }) reason!: EscalationReason;
  @Column({ type: 'varchar', length: 60 }) category!: string;
  @Column({ type: 'varchar', length: 8 }) urgency!: Urgency;
  /** A user id, or "engine". */
  @Column({ name: 'raised_by', type: 'varchar', length: 100 }) raisedBy!: string;
  @Column({ name: 'raised_by_role', type: 'varchar', length: 16, nullable: true }) raisedByRole!: 'mentor' | 'coordinator' | null;
  /** The raiser's own words; personal data, never copied into a workflow or a mail. */
  @Column({ type: 'varchar', length: 4000, default: '' }) question!: string;
  @Column({ type: 'jsonb', nullable: true }) facts!: EscalationFacts | null;
  @Column({ type: 'varchar', length: 16, default: 'draft' }) status!: EscalationStatus;
  @Column({ type: 'varchar', length: 32, default: 'awaiting-acknowledgement' }) phase!: EscalationPhase;
  @Column({ type: 'varchar', length: 16, default: 'panel' }) level!: EscalationLevel;
  @Column({ name: 'owner_ids', type: 'uuid', array: true, default: '{}' }) ownerIds!: string[];
  /** Everyone who has owned it, so a panel member still sees what she answered after it moved on. */
  @Column({ name: 'involved_ids', type: 'uuid', array: true, default: '{}' }) involvedIds!: string[];
  @Column({ name: 'acknowledged_by', type: 'varchar', length: 100, nullable: true }) acknowledgedBy!: string | null;
  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true }) acknowledgedAt!: Date | null;
  @Column({ type: 'varchar', length: 32, nullable: true }) outcome!: EscalationOutcome | null;
  @Column({ name: 'resolved_by', type: 'varchar', length: 100, nullable: true }) resolvedBy!: string | null;
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true }) resolvedAt!: Date | null;
  @CreateDateColumn({ name: 'raised_at', type: 'timestamptz' }) raisedAt!: Date;
}

/** Advice given on an escalation, by a panel member or a coordinator. */
@Entity('escalation_responses')
export class EscalationResponse {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Index() @Column({ name: 'escalation_id', type: 'uuid' }) escalationId!: string;
  @Column({ name: 'responded_by', type: 'varchar', length: 100 }) respondedBy!: string;
  @Column({ name: 'responder_role', type: 'varchar', length: 16 }) responderRole!: ActorRole;
  @Column({ type: 'varchar', length: 4000 }) advice!: string;
  @CreateDateColumn({ name: 'responded_at', type: 'timestamptz' }) respondedAt!: Date;
}
