import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { EscalationReason } from '../shared/course-escalations';

/** One escalation from raising to resolution: `escalation-<id>`, the id being its row's in Postgres. */
export const escalationWorkflowId = (escalationId: string): string => `escalation-${escalationId}`;

export const URGENCIES = ['urgent', 'normal'] as const;
export type Urgency = (typeof URGENCIES)[number];

export { ESCALATION_REASONS } from '../shared/course-escalations';
export type { EscalationEvidence, EscalationReason } from '../shared/course-escalations';

export const ESCALATION_PHASES = ['awaiting-acknowledgement', 'acknowledged', 'responded', 'resolved'] as const;
export type EscalationPhase = (typeof ESCALATION_PHASES)[number];

/** Who owns it, in the order it goes up when a deadline passes. */
export const OWNER_LEVELS = ['panel', 'coordinator', 'program-lead'] as const;
export type OwnerLevel = (typeof OWNER_LEVELS)[number];
/** Where it is: with owners at one of the levels, or `unowned`, parked while nobody at any level can own it. */
export const ESCALATION_LEVELS = [...OWNER_LEVELS, 'unowned'] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

export const ESCALATION_OUTCOMES = ['advice-given', 'referred-to-treatment', 'closed-without-action'] as const;
export type EscalationOutcome = (typeof ESCALATION_OUTCOMES)[number];

/** Roles that act on an escalation: its owners, and coordinators, who steer every one. */
export type ActorRole = 'panel' | 'coordinator';

export interface EscalationRun {
  escalationId: string;
  mentorshipId: string;
  programSlug: string;
  municipalityId: string;
  category: string;
  urgency: Urgency;
  reason: EscalationReason;
  /** From the program's policy, the urgent values for an urgent escalation; counted from when the owners got it. */
  acknowledgeWithinMs: number;
  respondWithinMs: number;
  /** Carried across continue-as-new: where it stands, and how many assignments it made (their notices are keyed by number). */
  state?: EscalationState;
  assignments?: number;
}

/** The people who own it now, by id: panel members, the program's coordinators, or its lead; nobody while unowned. */
export interface Owners {
  level: EscalationLevel;
  ids: string[];
}

/** A notice recorded in the outbox, to be sent no earlier than `deliverAt`. */
export interface EscalationNotice {
  notificationId: string;
  deliverAt: string;
  outcome?: 'sent' | 'already-sent' | 'cancelled' | 'undeliverable';
}

/** What an assignment activity answers: the owners it found (an empty level is skipped) and the notices it recorded. */
export interface Assignment {
  owners: Owners;
  notices: EscalationNotice[];
}

export interface Handover {
  from: EscalationLevel;
  to: EscalationLevel;
  at: string;
  /** A deadline passed ("not acknowledged", "no response") or a person handed it on (their id). */
  why: string;
}

export interface EscalationState {
  escalationId: string;
  mentorshipId: string;
  category: string;
  urgency: Urgency;
  reason: EscalationReason;
  phase: EscalationPhase;
  phaseSince: string;
  raisedAt: string;
  owners: Owners;
  /** When the current owners got it; their deadlines count from here. */
  ownedSince: string;
  acknowledgeBy: string;
  respondBy: string;
  acknowledged?: { by: string; at: string };
  /** Advice given, by response id (the text is in Postgres). */
  responses: Array<{ responseId: string; by: string; at: string }>;
  handovers: Handover[];
  /** Nobody is left above the owners: the escalation stays theirs and no deadline moves it on. */
  lastOwners?: boolean;
  /** While unowned: when owners were last looked for (the next look is a day later). */
  ownersSoughtAt?: string;
  resolution?: { outcome: EscalationOutcome; by: string; at: string };
}

export interface Actor {
  /** User id. */
  by: string;
  role: ActorRole;
}
export interface RespondCommand extends Actor {
  /** The advice's row, written by the API before it asks. */
  responseId: string;
}
export interface ReassignCommand extends Actor {
  /** Panel members of the program, checked by the API. */
  panelMemberIds: string[];
}
export interface ResolveCommand extends Actor {
  outcome: EscalationOutcome;
}

export const escalationStateQuery = defineQuery<EscalationState>('state');
export const acknowledgeEscalationUpdate = defineUpdate<EscalationState, [Actor]>('acknowledge');
export const respondEscalationUpdate = defineUpdate<EscalationState, [RespondCommand]>('respond');
export const reassignEscalationUpdate = defineUpdate<EscalationState, [ReassignCommand]>('reassign');
export const resolveEscalationUpdate = defineUpdate<EscalationState, [ResolveCommand]>('resolve');
