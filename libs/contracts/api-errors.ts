import { thingName, type Thing } from './things';

/**
 * The API's own refusals and failures, answered as the error body's `code`
 * (see error-codes.ts for the rules every code keeps). A refusal's text is
 * answered after "refused: ", as a workflow's is.
 */
export const API_ERRORS = {
  // Generic answers, also for what an HTTP layer below the routes refuses (an unknown route, a 4xx without a code of its own).
  'bad-request': () => 'the request cannot be handled as sent',
  'invalid-input': () => 'the input is invalid',
  unauthenticated: () => 'a valid bearer token is required',
  'sign-in-required': () => 'sign in first, or send a bearer token',
  'session-ended': () => 'the session has ended; sign in again',
  forbidden: () => 'this is not allowed',
  'not-found': (p: { thing?: Thing; id?: string }) =>
    p.thing === 'program'
      ? `program ${p.id} does not exist`
      : p.thing === 'mentorship'
        ? `no mentorship ${p.id}`
        : p.thing
          ? `no such ${thingName(p.thing)}: ${p.id}`
          : 'nothing here',
  conflict: () => 'that conflicts with what is there',
  'conflict-exists': () => 'that already exists',
  'unsupported-media-type': () => 'the body is in a type this route does not take',
  internal: () => 'internal error',
  unavailable: () => 'not available; try again shortly',
  // The body, before any route reads it
  'body-too-large': (p: { limitKb: number }) => `the body is larger than the limit of ${p.limitKb} kB`,
  'body-not-json': () => 'the body is not valid JSON',
  'body-unreadable': (p: { reason: string }) => `the body cannot be read (${p.reason})`,
  'body-too-deep': (p: { maxDepth: number }) => `the body is nested deeper than the limit of ${p.maxDepth} levels`,
  'rate-limited': (p: { limit: number; retryAfterSeconds: number }) =>
    `more than ${p.limit} requests in a minute; try again in ${p.retryAfterSeconds} s`,
  // Dependencies
  'engine-unavailable': () => 'the workflow engine is not reachable; try again shortly',
  'engine-turned-away': () =>
    'the workflow engine turned the command away unprocessed (it was restarting); nothing was applied: send it again',
  'engine-timeout': () =>
    'the workflow engine did not finish the command in time; it may still take effect: send it again with the same ids',
  'engine-busy': (p: { retryAfterSeconds: number }) =>
    `Mentorflow has as much as it can take right now; nothing was done: try again in ${p.retryAfterSeconds} s`,
  'database-unavailable': () => 'the database is not reachable; try again shortly',
  'database-timeout': () => 'the database did not answer in time (unreachable, or every connection busy); try again shortly',
  'audit-unavailable': () => 'the audit log could not be written, so nothing was done; try again shortly',
  'not-ready': (p: { failing: string[] }) => `not ready: ${p.failing.join('; ')}`,
  'payloads-undecodable': (p: { reason: string }) => `payloads cannot be decoded: ${p.reason}`,
  // Workflows and rows
  'workflow-not-running': () => 'no such workflow is running',
  'workflow-already-running': () => 'that workflow is already running',
  'workflow-ended': (p: { subject: 'nudge' | 'mentor-path' | 'mentorship' | 'escalation'; phase: string }) =>
    `${p.subject === 'mentor-path' ? "the mentor's path" : `the ${p.subject}`} has ended (${p.phase})`,
  'refused-by-workflow': () => 'the workflow refused the command',
  'no-such-program': (p: { slug: string }) => `no such program: ${p.slug}`,
  'no-workflow': (p: { thing: Thing; id: string }) => `${thingName(p.thing)} ${p.id} has no workflow`,
  'mentor-not-applied': (p: { id: string }) => `mentor ${p.id} has not applied yet`,
  'no-policy-version': (p: { program: string; version: number }) => `program ${p.program} has no policy version ${p.version}`,
  'refers-to-missing': () => 'it refers to something that does not exist',
  archived: (p: { thing: Thing }) => `the ${thingName(p.thing)} is archived and can no longer be changed`,
  'mentor-archived': (p: { id: string }) => `mentor ${p.id} is archived`,
  'course-still-running': (p: { courseId: string; phase: string }) =>
    `course ${p.courseId} is ${p.phase}; close it before erasing her data`,
  'quota-exists': (p: { periodStart: string }) => `this program and municipality already have a quota starting ${p.periodStart}`,
  'quota-full': (p: { program: string; agreed: number; made: number; periodEnd: string }) =>
    `your municipality has made ${p.made} of the ${p.agreed} referrals agreed with program ${p.program} until ${p.periodEnd}; ` +
    "a referral beyond the quota is the program's coordinator's to make",
  'meeting-id-taken': (p: { id: string }) => `meeting ${p.id} was already logged for another mentorship`,
  'check-in-id-taken': (p: { id: string }) => `check-in ${p.id} was already recorded for another mentorship`,
  'missed-meeting-id-taken': (p: { id: string }) => `missed meeting ${p.id} was already logged for another mentorship`,
  'measurement-id-taken': (p: { id: string }) =>
    `measurement ${p.id} was already submitted for another mentorship, instrument or due point`,
  'escalation-id-taken': (p: { id: string }) => `escalation ${p.id} was already raised about another mentorship`,
  'response-id-taken': (p: { id: string }) => `response ${p.id} was already given on another escalation`,
  // Access
  'needs-role': (p: { roles: string[] }) => `this needs one of the roles: ${p.roles.join(', ') || '(none)'}`,
  'not-yours': (p: { thing: Thing }) => `this ${thingName(p.thing)} is not yours to see`,
  'other-municipality': () => "you see only your own municipality's part of this program",
  'placement-not-yours': (p: { id: string }) => `you may not place this here: ${p.id} is not yours`,
  'referral-not-yours': () => 'you may refer only to a program you coordinate, a young person and a referrer of your part of it',
  'refer-in-own-name': () => 'a referrer refers in their own name',
  // Signing in
  'csrf-token-missing': () => 'a write signed in by cookie needs the X-CSRF-Token header from GET /session, sent from this site',
  'sign-in-rate-limited': (p: { limit: number; minutes: number; retryAfterSeconds: number }) =>
    `more than ${p.limit} sign-in requests from this address in ${p.minutes} minutes; try again in ${p.retryAfterSeconds} s`,
  'sign-in-link-unusable': () => 'this sign-in link cannot be used: it was used already, it expired or it never existed; ask for a new one',
  'sign-in-not-allowed': () => 'this sign-in link cannot be used: ask your coordinator whether you may still sign in',
  'oidc-not-configured': () => 'sign-in with an identity provider is not configured here',
  'api-token-needs-operator': () => 'API tokens are made by an operator signed in as herself',
  'sign-in-cross-site': () => 'a sign-in link is used from its own page on this site, not from another site',
  'needs-person-signed-in': () => 'accounts are managed by someone signed in as herself, not with an API token',
  // Accounts
  'account-exists': (p: { email: string }) => `an account with the address ${p.email} exists already`,
  'account-nothing-to-change': () => 'nothing to change: give a name, a role or a language',
  'account-disabled': () => 'the account is disabled and can no longer be changed',
  'last-operator': (p: { action: 'disable' | 'demote' }) =>
    `you cannot ${p.action === 'disable' ? 'disable' : 'take the role of'} the last active operator who can sign in, ` +
    'or nobody could manage accounts any more; make another operator first',
  'no-session': () => 'signing out ends a session; a bearer token has none (an API token is revoked with DELETE /api-tokens/:id)',
  // A young person's personal link, and a mentor's calendar feed
  'link-not-open': () => 'this link does not work: it may be used already, expired or mistyped; your mentor or coordinator can help',
  'link-other-purpose': (p: { purpose: 'consent' | 'measurement' }) =>
    `this link asks for ${p.purpose === 'consent' ? 'consent' : 'answers to a questionnaire'}, not this`,
  'link-texts-changed': (p: { current: string }) =>
    `these texts have changed since the page was opened (now ${p.current}); open the link again`,
  'link-rate-limited': (p: { limit: number; minutes: number; retryAfterSeconds: number }) =>
    `more than ${p.limit} link requests from this address in ${p.minutes} minutes; try again in ${p.retryAfterSeconds} s`,
  'no-calendar-feed': () => 'you have no calendar feed; make one',
  'no-such-calendar-feed': () => 'no such calendar feed',
  // Idempotency
  'idempotency-in-progress': (p: { retryAfterSeconds: number }) =>
    `the first request with this Idempotency-Key is still being handled; try again in ${p.retryAfterSeconds} s`,
  'idempotency-key-reused': (p: { method: string; url: string }) =>
    `Idempotency-Key was first used for ${p.method} ${p.url}; a key names one request`,
};
