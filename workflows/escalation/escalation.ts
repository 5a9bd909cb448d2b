import { refuse } from '../commands';
import type { EscalationAction } from '../refusals';
import {
  Actor,
  EscalationPhase,
  EscalationRun,
  EscalationState,
  OWNER_LEVELS,
  OwnerLevel,
  Owners,
  ReassignCommand,
  RespondCommand,
  ResolveCommand,
} from './messages';

export interface EscalationDeadline {
  at: number;
  /** What the owners failed to do in time, or that nobody owns it yet. */
  missed: 'not acknowledged' | 'no response' | 'unowned';
}

/**
 * How often an unowned escalation looks for owners again: soon enough that
 * a panel member or coordinator added today gets it by tomorrow, seldom
 * enough that waiting costs its history a few events a day.
 */
export const LOOK_FOR_OWNERS_EVERY_MS = 24 * 60 * 60 * 1000;

/**
 * One escalation's rules, without Temporal: who may do what in which phase,
 * and when its owners' time is up. The workflow applies them; validators call
 * the check methods so a refusal never reaches history.
 */
export class Escalation {
  constructor(
    readonly run: EscalationRun,
    readonly state: EscalationState,
  ) {}

  /** Raised now and not yet assigned: nobody owns it until the first assignment answers. */
  static fresh(run: EscalationRun, now: Date): Escalation {
    const at = now.toISOString();
    const { escalationId, mentorshipId, category, urgency, reason } = run;
    return new Escalation(run, {
      escalationId,
      mentorshipId,
      category,
      urgency,
      reason,
      phase: 'awaiting-acknowledgement',
      phaseSince: at,
      raisedAt: at,
      owners: { level: 'panel', ids: [] },
      ownedSince: at,
      acknowledgeBy: at,
      respondBy: at,
      responses: [],
      handovers: [],
    });
  }

  get isOpen(): boolean {
    return this.state.phase !== 'resolved';
  }

  /** Nobody at any level could own it: parked until someone can. */
  get isUnowned(): boolean {
    return this.state.owners.level === 'unowned';
  }

  /** The level above the current owners', if any. */
  get levelAbove(): OwnerLevel | undefined {
    const { level } = this.state.owners;
    return level === 'unowned' ? undefined : OWNER_LEVELS[OWNER_LEVELS.indexOf(level) + 1];
  }

  /**
   * The moment the owners' time runs out: to acknowledge it, then to respond.
   * None once advice is given (it waits for resolution), and none once nobody
   * is left above the owners (it stays theirs).
   */
  nextDeadline(): EscalationDeadline | undefined {
    const { phase } = this.state;
    // Unowned, the next look for owners.
    if (this.isUnowned) return { at: Date.parse(this.state.ownersSoughtAt!) + LOOK_FOR_OWNERS_EVERY_MS, missed: 'unowned' };
    if (this.state.lastOwners || !this.levelAbove) return undefined;
    if (phase === 'awaiting-acknowledgement') return { at: Date.parse(this.state.acknowledgeBy), missed: 'not acknowledged' };
    if (phase === 'acknowledged') return { at: Date.parse(this.state.respondBy), missed: 'no response' };
    return undefined;
  }

  /** The owners it now has, with fresh deadlines; `why` is a missed deadline or the id of whoever handed it on. */
  handTo(owners: Owners, why: string, now: Date): void {
    const { state, run } = this;
    if (state.owners.ids.length > 0) state.handovers.push({ from: state.owners.level, to: owners.level, at: now.toISOString(), why });
    state.owners = owners;
    state.ownedSince = now.toISOString();
    delete state.ownersSoughtAt;
    state.acknowledgeBy = new Date(now.getTime() + run.acknowledgeWithinMs).toISOString();
    state.respondBy = new Date(now.getTime() + run.respondWithinMs).toISOString();
    // New owners acknowledge it themselves, unless advice was already given.
    if (state.phase === 'acknowledged') this.enter('awaiting-acknowledgement', now);
    delete state.acknowledged;
  }

  /**
   * Nobody at any level can own it (no panel member for its category, no coordinator, no lead): it is
   * parked where operators see it (MentorflowEscalationLevel 'unowned') and looks for owners again daily.
   * Coordinators can still respond to it, reassign it and resolve it.
   */
  park(now: Date): void {
    this.state.owners = { level: 'unowned', ids: [] };
    this.state.ownedSince = now.toISOString();
    this.lookedForOwners(now);
  }

  lookedForOwners(now: Date): void {
    this.state.ownersSoughtAt = now.toISOString();
  }

  /** Nobody is above the owners: it stays with them, with no deadline left to move it. */
  keepWithOwners(): void {
    this.state.lastOwners = true;
  }

  checkAcknowledge(actor: Actor): void {
    this.requireOpen();
    if (this.state.phase !== 'awaiting-acknowledgement') refuse('already-acknowledged', { by: this.state.acknowledged?.by });
    this.requireOwner(actor, 'acknowledge');
  }

  acknowledge(actor: Actor, now: Date): void {
    this.state.acknowledged = { by: actor.by, at: now.toISOString() };
    this.enter('acknowledged', now);
  }

  /** Owners give advice; so may any coordinator, who steers every escalation. */
  checkRespond(command: RespondCommand): void {
    this.requireOpen();
    if (!command.responseId) refuse('field-required', { field: 'responseId' });
    if (this.state.responses.some((response) => response.responseId === command.responseId)) return;
    if (command.role !== 'coordinator') this.requireOwner(command, 'respond');
  }

  /** Answers false for a response already recorded (a retry). Advice counts as an acknowledgement. */
  respond(command: RespondCommand, now: Date): boolean {
    if (this.state.responses.some((response) => response.responseId === command.responseId)) return false;
    this.state.acknowledged ??= { by: command.by, at: now.toISOString() };
    this.state.responses.push({ responseId: command.responseId, by: command.by, at: now.toISOString() });
    if (this.state.phase !== 'responded') this.enter('responded', now);
    return true;
  }

  checkReassign(command: ReassignCommand): void {
    this.requireOpen();
    if (command.role !== 'coordinator') this.requireOwner(command, 'reassign');
    const ids = command.panelMemberIds ?? [];
    if (ids.length === 0) refuse('no-panel-member-named');
    if (new Set(ids).size !== ids.length) refuse('panel-member-twice');
    const { owners } = this.state;
    if (owners.level === 'panel' && owners.ids.length === ids.length && ids.every((id) => owners.ids.includes(id)))
      refuse('already-with-these-members');
  }

  checkResolve(command: ResolveCommand): void {
    this.requireOpen();
    if (command.role !== 'coordinator') this.requireOwner(command, 'resolve');
    if (command.outcome === 'advice-given' && this.state.responses.length === 0) refuse('no-advice-yet');
  }

  resolve(command: ResolveCommand, now: Date): void {
    this.state.resolution = { outcome: command.outcome, by: command.by, at: now.toISOString() };
    this.enter('resolved', now);
  }

  private enter(phase: EscalationPhase, now: Date): void {
    this.state.phase = phase;
    this.state.phaseSince = now.toISOString();
  }

  private requireOpen(): void {
    if (!this.isOpen) refuse('escalation-resolved', { outcome: this.state.resolution?.outcome });
  }

  private requireOwner(actor: Actor, action: EscalationAction): void {
    const { owners } = this.state;
    if (owners.ids.includes(actor.by)) return;
    if (owners.level === 'unowned') refuse('nobody-owns-it', { action });
    refuse('not-an-owner', { action, level: owners.level });
  }
}
