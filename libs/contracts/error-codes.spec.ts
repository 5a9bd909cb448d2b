import { REFUSALS } from '../../workflows/refusals';
import { API_ERRORS } from './api-errors';
import { ERROR_CODES, ERROR_TEMPLATES, ErrorArgs, ErrorCode, errorText, textOf } from './error-codes';
import { FIELD_PROBLEMS, POLICY_PROBLEMS } from './problem-codes';

type CodeWithParams = { [Code in ErrorCode]: ErrorArgs<Code> extends [] ? never : Code }[ErrorCode];

/** Parameters for each code that has any: the compiler refuses this list when a code is missing from it. */
const EXAMPLES: { [Code in CodeWithParams]: ErrorArgs<Code>[0] } = {
  'not-found': { thing: 'young-person', id: 'y-1' },
  'body-too-large': { limitKb: 100 },
  'body-unreadable': { reason: 'charset.unsupported' },
  'body-too-deep': { maxDepth: 32 },
  'rate-limited': { limit: 20, retryAfterSeconds: 40 },
  'not-ready': { failing: ['postgres: down'] },
  'payloads-undecodable': { reason: 'bad key' },
  'workflow-ended': { subject: 'mentor-path', phase: 'withdrawn' },
  'no-such-program': { slug: 'pift' },
  'no-workflow': { thing: 'escalation', id: 'e-1' },
  'mentor-not-applied': { id: 'm-1' },
  'no-policy-version': { program: 'pift', version: 3 },
  archived: { thing: 'referral-quota' },
  'mentor-archived': { id: 'm-1' },
  'course-still-running': { courseId: 'c-1', phase: 'active' },
  'quota-exists': { periodStart: '2026-01-01' },
  'meeting-id-taken': { id: 'x-1' },
  'check-in-id-taken': { id: 'x-1' },
  'measurement-id-taken': { id: 'x-1' },
  'escalation-id-taken': { id: 'x-1' },
  'response-id-taken': { id: 'x-1' },
  'link-other-purpose': { purpose: 'consent' },
  'link-texts-changed': { current: 'v2' },
  'link-rate-limited': { limit: 20, minutes: 15, retryAfterSeconds: 60 },
  'duration-out-of-range': { least: '1h', most: '3mo', got: '1y' },
  'account-exists': { email: 'ida@example.org' },
  'last-operator': { action: 'disable' },
  'needs-role': { roles: ['program-admin'] },
  'not-yours': { thing: 'escalation' },
  'placement-not-yours': { id: 'p-1' },
  'sign-in-rate-limited': { limit: 10, minutes: 15, retryAfterSeconds: 60 },
  'idempotency-in-progress': { retryAfterSeconds: 2 },
  'idempotency-key-reused': { method: 'POST', url: '/young-people' },
  'not-in': { allowed: ['a', 'b'] },
  'too-small': { min: 1 },
  'too-large': { max: 9 },
  'too-short': { min: 1 },
  'too-long': { max: 80 },
  'too-few-items': { min: 1 },
  'too-many-items': { max: 20 },
  'must-match': { pattern: '/^[a-z]+$/' },
  'must-be-due-point': { close: 'close' },
  'must-be-after': { other: 'periodStart' },
  'must-not-be-before': { other: 'from', date: '2026-01-01' },
  'contains-nul': { inName: true },
  'contains-lone-surrogate': { inName: false },
  'nested-too-deep': { maxDepth: 32 },
  'no-such': { thing: 'municipality' },
  'reference-archived': { thing: 'program' },
  'not-mentors-of-program': { program: 'p-1', ids: ['m-1', 'm-2'] },
  'not-on-panel': { id: 'pm-1', program: 'pift' },
  'program-not-taking-referrals': { program: 'pift', status: 'archived' },
  'age-outside-range': { age: 31, gender: 'other', program: 'pift', min: 15, max: 30 },
  'not-a-program-category': { allowed: ['mental-health'] },
  'not-an-escalation-category': { category: 'astrology', allowed: ['mental-health'] },
  'only-status-has-status': { instrument: 'WHO-5' },
  'wrong-answer-count': { instrument: 'WHO-5', items: 5, min: 0, max: 5, got: 4 },
  'answer-off-scale': { instrument: 'WHO-5', items: 5, min: 0, max: 5, answer: 2, value: '9' },
  'must-not-exceed': { field: 'min', value: '6 months', other: 'planned', otherValue: '3 months' },
  'must-be-below': { field: 'depressionAtOrBelow', value: 30, other: 'poorAtOrBelow', otherValue: 20 },
  'child-offence-certificate-required': { minAge: 13, byLaw: true },
  'due-points-after-maximum': { max: 'P12M', late: ['who5 at P13M'] },
  'instrument-repeated': { repeated: ['who5'] },
  'review-points-outside-course': { max: 'P12M', outside: ['P0D'] },
  'unknown-automatic-categories': { categories: ['mental-health'], raisedAs: ['who5-high-risk is astrology'] },
  'wrong-phase': { subject: 'mentor', phase: 'applied', needed: ['screening', 'course'] },
  'field-required': { field: 'by' },
  'not-one-of': { field: 'missedBy', allowed: ['young-person', 'mentor', 'both'] },
  'not-a-date': { field: 'heldOn' },
  'date-in-future': { field: 'heldOn', date: '2999-01-01' },
  'before-match-start': { field: 'heldOn', date: '2026-01-01', matchStart: '2026-02-01' },
  'nudge-closed': { phase: 'acknowledged' },
  'already-answered': { party: 'mentor', answer: 'accept' },
  'no-free-slot': { taken: 20, capacity: 20 },
  'past-maximum-duration': { lastDay: '2027-01-01' },
  'minutes-out-of-range': { min: 1, max: 600 },
  'missed-meeting-in-future': { date: '2999-01-01' },
  'missed-meeting-wrong-phase': { phase: 'closing' },
  'concern-wrong-phase': { phase: 'awaiting-consent' },
  'measurement-not-scheduled': { instrument: 'who5', duePoint: 'P4M' },
  'measurement-already-submitted': { instrument: 'who5', duePoint: 'P3M' },
  'extension-too-long': { maxDays: 365 },
  'planned-closure-too-early': { minDays: 180 },
  'no-mentor-for-exit-conversation': { party: 'mentor' },
  'exit-conversation-recorded': { party: 'young-person' },
  'not-a-screening-step': { step: 'interview', steps: ['references'] },
  'step-already-passed': { step: 'interview' },
  'mentor-carries-mentorships': { count: 2 },
  'path-ended': { phase: 'retired' },
  'program-not-active': { status: 'archived' },
  'already-acknowledged': { by: 'pm-1' },
  'escalation-resolved': { outcome: 'advice-given' },
  'nobody-owns-it': { action: 'acknowledge' },
  'not-an-owner': { action: 'resolve', level: 'panel' },
  'mentor-has-no-open-path': { mentorId: 'm-1' },
};

const WORDED = new Set(['thing', 'gender', 'action', 'level', 'subject']);

describe('error codes', () => {
  it('are kebab-case and each defined once across the registries', () => {
    const defined = [API_ERRORS, FIELD_PROBLEMS, POLICY_PROBLEMS, REFUSALS].flatMap((registry) => Object.keys(registry));
    expect(new Set(defined).size).toBe(defined.length);
    expect([...ERROR_CODES].sort()).toEqual([...defined].sort());
    for (const code of ERROR_CODES) expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('each render a sentence from their parameters, naming every one', () => {
    for (const code of ERROR_CODES) {
      const params = (EXAMPLES as Partial<Record<ErrorCode, Record<string, unknown>>>)[code];
      expect(ERROR_TEMPLATES[code].length).toBe(params ? 1 : 0);
      const text = textOf(code, params);
      expect(text).toMatch(/^\S.*\S$/);
      expect(text).not.toContain('[object');
      // class-validator's own wording of `required` says "undefined"; no other text may.
      if (code !== 'required') expect(text).not.toContain('undefined');
      // Enum values a template words (a thing, an action) and flags it reads are not shown as given.
      const shown = Object.entries(params ?? {}).filter(([name, value]) => !WORDED.has(name) && typeof value !== 'boolean');
      for (const value of shown.flatMap(([, value]) => [value].flat())) expect(`${code}: ${text}`).toContain(String(value));
    }
  });

  it('say what the API said before they had codes', () => {
    expect(errorText('no-free-slot', { taken: 20, capacity: 20 })).toBe('the mentor has no free slot (20 of 20 taken)');
    expect(errorText('wrong-phase', { subject: 'mentor', phase: 'applied', needed: ['awaiting-approval'] })).toBe(
      'the mentor is applied; this needs awaiting-approval',
    );
    expect(errorText('not-an-owner', { action: 'acknowledge', level: 'panel' })).toBe(
      'only the panel members it was given to can acknowledge it; it is with the panel now',
    );
    expect(errorText('not-found', { thing: 'program', id: 'p' })).toBe('program p does not exist');
    expect(errorText('not-found', { thing: 'young-person', id: 'y' })).toBe('no such young person: y');
    expect(errorText('contains-nul', { inName: true })).toBe('its name must not contain the NUL character (U+0000)');
  });
});
