/**
 * Every reason a workflow refuses a command: a stable code (kebab-case, never
 * renamed: clients translate by it), the parameters it carries and the
 * English text made from them. The parameters travel in the refusal's
 * ApplicationFailure details and so into workflow histories: numbers, dates,
 * phases and other enum values, field and step names, ids; never a person's
 * name, address or words. Here rather than in libs/contracts because workflow
 * code imports only workflow code; libs/contracts/error-codes.ts lists these
 * with the API's own codes.
 */

import type { OwnerLevel } from './escalation/messages';

/** Whose phase a refusal names. */
type Subject = 'mentorship' | 'mentor';
/** What an escalation's owner would have done. */
export type EscalationAction = 'acknowledge' | 'respond' | 'reassign' | 'resolve';

const ACTION_TEXT: Record<EscalationAction, string> = {
  acknowledge: 'acknowledge it',
  respond: 'respond to it',
  reassign: 'hand it on',
  resolve: 'resolve it',
};
const OWNERS_NAMED: Record<OwnerLevel | 'unowned', string> = {
  panel: 'the panel members it was given to',
  coordinator: "the program's coordinators",
  'program-lead': "the program's lead",
  unowned: 'a coordinator',
};
/** Who has it now, as a refusal names them. */
const HOLDERS: Record<OwnerLevel, string> = { ...OWNERS_NAMED, panel: 'the panel' };
const oneOf = (values: readonly string[]) => `${values.length > 1 ? 'one of ' : ''}${values.join(', ')}`;

export const REFUSALS = {
  'wrong-phase': (p: { subject: Subject; phase: string; needed: string[] }) =>
    `the ${p.subject} is ${p.phase}; this needs ${oneOf(p.needed)}`,
  'field-required': (p: { field: string }) => `${p.field} is required`,
  'not-one-of': (p: { field: string; allowed: string[] }) =>
    p.allowed.length === 2 ? `${p.field} must be ${p.allowed.join(' or ')}` : `${p.field} must be one of ${p.allowed.join(', ')}`,
  'not-a-date': (p: { field: string }) => `${p.field} must be a date, YYYY-MM-DD`,
  'date-in-future': (p: { field: string; date: string }) => `${p.field} ${p.date} is in the future`,
  'before-match-start': (p: { field: string; date: string; matchStart: string }) =>
    `${p.field} ${p.date} is before the match started (${p.matchStart})`,
  // The nudge
  'nudge-closed': (p: { phase: string }) => `the nudge is already ${p.phase}`,
  'needs-no-acknowledgement': () => 'this message needs no acknowledgement',
  // Matching
  'proposal-in-progress': () => 'a match proposal is being made; try again in a moment',
  'already-answered': (p: { party: string; answer: string }) => `the ${p.party} has already answered (${p.answer})`,
  'no-free-slot': (p: { taken: number; capacity: number }) => `the mentor has no free slot (${p.taken} of ${p.capacity} taken)`,
  'mentor-has-no-open-path': (p: { mentorId: string }) => `mentor ${p.mentorId} has no open path (not applied, or ended)`,
  'slot-not-reserved': () => "the mentor's slot could not be reserved; try again",
  // The course
  'past-maximum-duration': (p: { lastDay: string }) => `the course passed its maximum duration on ${p.lastDay}; close it`,
  'minutes-out-of-range': (p: { min: number; max: number }) => `minutes must be a whole number from ${p.min} to ${p.max}`,
  'missed-meeting-in-future': (p: { date: string }) => `plannedOn ${p.date} is in the future: a meeting is missed once its day has come`,
  'missed-meeting-wrong-phase': (p: { phase: string }) => `the mentorship is ${p.phase}; missed meetings are logged while it is active`,
  'concern-wrong-phase': (p: { phase: string }) =>
    `the mentorship is ${p.phase}; a concern can be raised from intake until the course is closed`,
  'measurement-not-scheduled': (p: { instrument: string; duePoint: string }) =>
    `${p.instrument} is not scheduled at ${p.duePoint} in this program`,
  'closing-measurement-too-early': () => 'closing measurements are taken once the course is closing',
  'measurement-already-submitted': (p: { instrument: string; duePoint: string }) =>
    `${p.instrument} at ${p.duePoint} was already submitted`,
  'no-review-due': () => 'no review is due yet',
  'extension-too-long': (p: { maxDays: number }) =>
    `an extension would pass the program's maximum duration (${p.maxDays} days from the match start)`,
  'planned-closure-not-active': () => 'only an active course can close as planned',
  'planned-closure-too-early': (p: { minDays: number }) =>
    `a planned closure needs the minimum duration (${p.minDays} days); close early instead`,
  'planned-closure-reason': () => 'a planned closure has the reason "completed"',
  'early-closure-reason': () => 'an early closure needs the reason it ended early',
  'no-mentor-for-exit-conversation': (p: { party: string }) => `no exit conversation with the ${p.party}: the course never had a mentor`,
  'exit-conversation-recorded': (p: { party: string }) => `the exit conversation with the ${p.party} is already recorded`,
  'continuation-not-asked': () => 'the program has not asked about continuation yet',
  'continuation-answered': () => 'the continuation answer is already recorded',
  // The mentor's path
  'not-a-screening-step': (p: { step: string; steps: string[] }) =>
    `${p.step} is not a screening step of this program (its steps: ${p.steps.join(', ')})`,
  'step-already-passed': (p: { step: string }) => `${p.step} has already passed`,
  'already-enrolled': () => 'already enrolled in the course',
  'not-enrolled': () => 'not enrolled in the course yet',
  'mentor-carries-mentorships': (p: { count: number }) => `the mentor still carries ${p.count} mentorship(s); close or re-match them first`,
  'path-ended': (p: { phase: string }) => `the path has already ended (${p.phase})`,
  // The program
  'program-not-active': (p: { status: string }) => `the program is ${p.status}; only an active program can be archived`,
  // An escalation
  'already-acknowledged': (p: { by?: string }) => `it was already acknowledged by ${p.by ?? 'its owners'}`,
  'escalation-resolved': (p: { outcome?: string }) => `it was resolved (${p.outcome})`,
  'nobody-owns-it': (p: { action: EscalationAction }) => `only ${OWNERS_NAMED.unowned} can ${ACTION_TEXT[p.action]}: nobody owns it yet`,
  'not-an-owner': (p: { action: EscalationAction; level: OwnerLevel }) =>
    `only ${OWNERS_NAMED[p.level]} can ${ACTION_TEXT[p.action]}; it is with ${HOLDERS[p.level]} now`,
  'no-panel-member-named': () => 'name at least one panel member to hand it to',
  'panel-member-twice': () => 'panelMemberIds has a member twice',
  'already-with-these-members': () => 'it is already with these panel members',
  'no-advice-yet': () => 'no advice has been given yet: respond first, or resolve it with another outcome',
};

export type RefusalCode = keyof typeof REFUSALS;
/** The arguments after the code: its parameters, or nothing for a code without any. */
export type RefusalArgs<Code extends RefusalCode> = Parameters<(typeof REFUSALS)[Code]>;

export function isRefusalCode(code: unknown): code is RefusalCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(REFUSALS, code);
}

/** The English text of a refusal. */
export function refusalText<Code extends RefusalCode>(code: Code, ...params: RefusalArgs<Code>): string {
  return (REFUSALS[code] as (params?: object) => string)(params[0]);
}
