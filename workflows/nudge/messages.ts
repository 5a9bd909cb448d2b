import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';

/** One nudge from raising to its end: `nudge-<key>`, the key naming its subject and what is late. */
export const nudgeWorkflowId = (nudgeKey: string): string => `nudge-${nudgeKey}`;

/** The key of the nudge that reports another one, ignored, to the coordinator. */
export const ignoredNudgeKey = (nudgeKey: string): string => `${nudgeKey}/ignored`;

export interface NudgeRun {
  /** The nudge's key (its row in Postgres holds who, why and about what). */
  key: string;
  /** For operators' lists (MentorflowProgram); the row has the rest. */
  programSlug: string;
  /** Left open this long, it is reported to the coordinator, once; null never. */
  escalateAfterMs: number | null;
  /** False for a message that wants no answer (a welcome): it ends once delivered. */
  awaitsAcknowledgement: boolean;
  /** What it is about, e.g. "measurement-overdue", for operators' lists (MentorflowNudgeKind); absent in runs from before. */
  kind?: string;
  /** A workflow told when this nudge is reported as ignored (a mentorship counts its mentor's); absent in runs from before. */
  reportIgnoredTo?: string;
  /**
   * When it was raised, and its mails as the raiser recorded them in the
   * outbox (ids and times only), with its search attributes set at its
   * start. Absent in runs started before: they plan their mails and publish
   * themselves.
   */
  raisedAt?: string;
  deliveries?: NudgeDelivery[];
  /** Carried across continue-as-new: all it did so far (its mails sent, whether it was reported). */
  state?: NudgeState;
}

export type NudgePhase = 'delivering' | 'open' | 'acknowledged' | 'resolved';

export interface NudgeDelivery {
  notificationId: string;
  /** Not before the end of the program's quiet hours. */
  deliverAt: string;
  outcome?: 'sent' | 'already-sent' | 'cancelled' | 'undeliverable';
}

export interface NudgeState {
  key: string;
  phase: NudgePhase;
  phaseSince: string;
  raisedAt: string;
  deliveries: NudgeDelivery[];
  escalatedAt?: string;
  closedAt?: string;
  /** A user id for an acknowledgement, a reason for a resolution. */
  closedBy?: string;
}

export interface AcknowledgeNudge {
  /** User id of the recipient who saw it. */
  by: string;
}

export interface ResolveNudge {
  /** What made it moot, e.g. "meeting logged". */
  reason: string;
  /** The sender closed its row (and dropped its mails not yet sent) before it signalled; absent, the nudge closes them. */
  closedInPostgres?: boolean;
}

export const nudgeStateQuery = defineQuery<NudgeState>('state');
export const acknowledgeNudgeUpdate = defineUpdate<NudgeState, [AcknowledgeNudge]>('acknowledge');
/** Sent by whatever the nudge chases once the thing happened; a signal, as the sender waits for nothing. */
export const resolveNudgeSignal = defineSignal<[ResolveNudge]>('resolve');
/** To the workflow named in `reportIgnoredTo`: the nudge was left unanswered until it was reported. */
export const nudgeIgnoredSignal = defineSignal<[{ key: string }]>('nudgeIgnored');
