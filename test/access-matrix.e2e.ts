import { randomUUID } from 'node:crypto';
import { REPORT_KINDS } from '../libs/reports/reports';
import { ACTORS, Actor, bodies, Fixtures, POLICY, World } from './support/access-world';
import { MATCH_AGREEMENT } from './support/mentorships';
import { administered, allow, anyCoordinator, archivableRows, everyone, ofTheProgram, Row } from './support/access-rows';
import { leaks, RESTRICTED, worldObjectsIn, youngPersonIn } from './support/access-scan';
import { engineSuite } from './support/engine';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

const course = (w: World, id = w.mentorshipId) => `/mentorships/${id}`;
const mentorPath = (w: World, id = w.ids['mentor-own']) => `/mentors/${id}/path`;
const report = (w: World) => `programId=${w.programId}&from=${w.today}&to=${w.today}`;
const freshCourse = (make: Fixtures) => make.course();
const freshMentor = (make: Fixtures) => make.mentor();
const freshEscalation = (make: Fixtures, w: World) => make.escalation(w.mentorshipId);
const freshProgram = (make: Fixtures) => make.program();

const phone = { contact: { phone: '+45 12 34 56 78' } };
const ACCOUNT = ['name', 'email'];
/** A well-formed token that names nothing. */
const NO_TOKEN = 'A'.repeat(43);
/** mentor-own with a calendar feed to read or revoke. */
const calendarFeed = async (make: Fixtures, w: World) => {
  await make.http.post(`/mentors/${w.ids['mentor-own']}/calendar-feed`).set(make.as('mentor-own')).expect(201);
  return w.ids['mentor-own'];
};

/**
 * Every operation the API publishes, one row each. The rules: a
 * mentor sees only her own mentees; a referrer that a course exists, its
 * phase and outcome; the panel only its escalations; operators no personal
 * data (reports and the codec server only). Coordinators run the programs
 * they coordinate (a municipal one her municipality's part of them);
 * program administrators make and manage programs, their coordinators,
 * panel and quotas, and see no young person.
 */
const MATRIX: Row[] = [
  // Open to anyone, with or without a token: a load balancer asks them.
  { route: 'GET /health/live', call: () => ({ path: '/health/live' }), allowed: everyone(200) },
  { route: 'GET /health/ready', call: () => ({ path: '/health/ready' }), allowed: everyone(200) },

  // Program management is the program administrators' (it was coordinators' before program administrators existed).
  { route: 'POST /programs', call: () => ({ path: '/programs', body: bodies.program() }), allowed: allow(201, 'program-admin') },
  { route: 'GET /programs', call: () => ({ path: '/programs' }), allowed: { ...anyCoordinator(200), 'program-admin': 200 } },
  {
    route: 'GET /programs/{id}',
    call: (w) => ({ path: `/programs/${w.programId}` }),
    allowed: { ...ofTheProgram(200), 'program-admin': 200 },
  },
  {
    route: 'GET /programs/{id}/policy/versions/{version}',
    call: (w) => ({ path: `/programs/${w.programId}/policy/versions/1` }),
    allowed: { ...ofTheProgram(200), 'program-admin': 200 },
  },
  {
    route: 'PUT /programs/{id}/policy',
    call: (w, id = w.programId) => ({ path: `/programs/${id}/policy`, body: { policy: POLICY } }),
    allowed: allow(200, 'program-admin'),
    fresh: freshProgram,
  },
  {
    route: 'PUT /programs/{id}/lead',
    call: (w, id = w.programId) => ({ path: `/programs/${id}/lead`, body: { coordinatorId: w.ids.coordinator } }),
    allowed: allow(200, 'program-admin'),
    fresh: freshProgram,
  },
  {
    route: 'DELETE /programs/{id}',
    call: (w, id = w.programId) => ({ path: `/programs/${id}` }),
    allowed: allow(200, 'program-admin'),
    fresh: freshProgram,
  },
  // The municipal coordinator coordinates the program, but the young person is of another municipality than hers.
  {
    route: 'GET /programs/{programId}/mentor-candidates',
    call: (w) => ({ path: `/programs/${w.programId}/mentor-candidates?youngPersonId=${w.youngPersonId}` }),
    allowed: { coordinator: 200 },
  },

  ...archivableRows('/municipalities', bodies.municipality, { code: '751' }, (w) => w.municipalityId, administered(anyCoordinator(200))),
  ...archivableRows('/coordinators', bodies.coordinator, phone, (w) => w.ids.coordinator, administered({})),
  // Referrers belong to a municipality, not a program: any coordinator registers them, a municipal one only in hers.
  ...archivableRows('/referrers', bodies.referrer, phone, (w) => w.ids['referrer-own'], {
    create: allow(201, 'coordinator', 'coordinator-other'),
    list: anyCoordinator(200),
    read: allow(200, 'coordinator', 'coordinator-other'),
    change: allow(200, 'coordinator', 'coordinator-other'),
  }),
  // Mentors belong to the program as a whole: its municipal coordinators read all of them to match; they change only their municipality's.
  ...archivableRows('/mentors', bodies.mentor, phone, (w) => w.ids['mentor-own'], {
    create: ofTheProgram(201),
    list: anyCoordinator(200),
    read: ofTheProgram(200),
    change: allow(200, 'coordinator'),
  }),
  // The world's young person is referred to the world's program in the world's municipality; a fresh one (patch, archive) is referred
  // nowhere yet.
  ...archivableRows('/young-people', bodies.youngPerson, phone, (w) => w.youngPersonId, {
    create: allow(201, 'coordinator', 'coordinator-other'),
    list: anyCoordinator(200),
    read: allow(200, 'coordinator'),
    change: allow(200, 'coordinator'),
  }),
  ...archivableRows('/panel-members', bodies.panelMember, phone, (w) => w.ids['panel-own'], {
    ...administered(ofTheProgram(200)),
    list: { ...anyCoordinator(200), 'program-admin': 200 },
  }),

  // Quotas are agreed by program administrators. A second quota for the same program, municipality and start is refused: each create gets a
  // fresh municipality.
  {
    route: 'POST /quotas',
    call: (w, municipalityId = w.municipalityId) => ({ path: '/quotas', body: bodies.quota({ ...w, municipalityId }) }),
    allowed: allow(201, 'program-admin'),
    fresh: (make) => make.municipality(),
  },
  { route: 'GET /quotas', call: () => ({ path: '/quotas' }), allowed: { ...anyCoordinator(200), 'program-admin': 200 } },
  { route: 'GET /quotas/{id}', call: (w) => ({ path: `/quotas/${w.quotaId}` }), allowed: allow(200, 'coordinator', 'program-admin') },
  {
    route: 'DELETE /quotas/{id}',
    call: (w, id = w.quotaId) => ({ path: `/quotas/${id}` }),
    allowed: allow(200, 'program-admin'),
    fresh: (make) => make.quota(),
  },

  // A referrer refers in her own name (the body names referrer-own): referrer-other is refused after validation.
  {
    route: 'POST /referrals',
    call: (w, youngPersonId = w.youngPersonId) => ({
      path: '/referrals',
      body: { programId: w.programId, referrerId: w.ids['referrer-own'], youngPersonId },
    }),
    allowed: { coordinator: 201, 'referrer-own': 201 },
    fresh: (make) => make.youngPerson(),
  },
  { route: 'GET /referrals', call: (w) => ({ path: `/referrals?programId=${w.programId}` }), allowed: anyCoordinator(200) },
  // A referrer's own referrals (phase and outcome) and her municipality's quotas: every referrer her own, nobody else.
  { route: 'GET /my-referrals', call: () => ({ path: '/my-referrals' }), allowed: allow(200, 'referrer-own', 'referrer-other') },
  // A referrer refers by herself, to a program with a quota for her municipality: each referrer to a fresh one, nobody else.
  {
    route: 'GET /my-referrals/programs',
    call: () => ({ path: '/my-referrals/programs' }),
    allowed: allow(200, 'referrer-own', 'referrer-other'),
    // A program's name.
    notPersonal: ['name'],
  },
  {
    route: 'POST /my-referrals',
    call: (w, programId = w.programId) => ({
      path: '/my-referrals',
      body: { programId, youngPerson: { contact: { name: 'Henvist Ung' }, birthDate: '2006-04-17' }, consentGiven: true },
    }),
    allowed: allow(201, 'referrer-own', 'referrer-other'),
    fresh: (make) => make.referrableProgram(),
  },

  // mentor-own's path: she reads it; coordinators steer it (a municipal one only her municipality's mentors': a path shows the courses
  // holding its slots). The world's mentor is approved, so steps before approval are refused (409).
  {
    route: 'POST /mentors/{id}/application',
    call: (w) => ({ path: `/mentors/${w.ids['mentor-own']}/application` }),
    allowed: { coordinator: 200 },
  },
  // Her programs' mentors with their phase and slots in use, as GET /mentors lists them; an empty list for a coordinator of nothing.
  { route: 'GET /mentor-overview', call: () => ({ path: '/mentor-overview' }), allowed: anyCoordinator(200) },
  { route: 'GET /mentors/{id}/path', call: (w) => ({ path: mentorPath(w) }), allowed: { coordinator: 200, 'mentor-own': 200 } },
  {
    route: 'GET /mentors/{id}/history',
    call: (w) => ({ path: `/mentors/${w.ids['mentor-own']}/history` }),
    allowed: { coordinator: 200, 'mentor-own': 200 },
  },
  {
    route: 'POST /mentors/{id}/path/begin-screening',
    call: (w) => ({ path: `${mentorPath(w)}/begin-screening` }),
    allowed: { coordinator: 409 },
  },
  {
    route: 'POST /mentors/{id}/path/screening-steps',
    call: (w) => ({ path: `${mentorPath(w)}/screening-steps`, body: { step: 'interview', result: 'passed' } }),
    allowed: { coordinator: 409 },
  },
  {
    route: 'POST /mentors/{id}/path/course/enrol',
    call: (w) => ({ path: `${mentorPath(w)}/course/enrol` }),
    allowed: { coordinator: 409 },
  },
  {
    route: 'POST /mentors/{id}/path/course/complete',
    call: (w) => ({ path: `${mentorPath(w)}/course/complete` }),
    allowed: { coordinator: 409 },
  },
  { route: 'POST /mentors/{id}/path/approve', call: (w) => ({ path: `${mentorPath(w)}/approve` }), allowed: { coordinator: 409 } },
  {
    route: 'POST /mentors/{id}/path/pause',
    call: (w, id) => ({ path: `${mentorPath(w, id)}/pause` }),
    allowed: { coordinator: 200 },
    fresh: freshMentor,
  },
  { route: 'POST /mentors/{id}/path/resume', call: (w) => ({ path: `${mentorPath(w)}/resume` }), allowed: { coordinator: 409 } },
  {
    route: 'POST /mentors/{id}/path/retire',
    call: (w, id) => ({ path: `${mentorPath(w, id)}/retire`, body: { reason: 'personal-circumstances' } }),
    allowed: { coordinator: 200 },
    fresh: freshMentor,
  },
  // Rejection ends a path before approval: on a fresh mentor in screening.
  {
    route: 'POST /mentors/{id}/path/reject',
    call: (w, id) => ({ path: `${mentorPath(w, id)}/reject`, body: { reason: 'not-suitable' } }),
    allowed: { coordinator: 200 },
    fresh: (make) => make.mentor('screening'),
  },
  {
    route: 'POST /mentors/{id}/path/withdraw',
    call: (w, id) => ({ path: `${mentorPath(w, id)}/withdraw`, body: { reason: 'moved' } }),
    allowed: { coordinator: 200 },
    fresh: freshMentor,
  },
  // Her private calendar feed is hers alone: not even her coordinator makes, reads or revokes it. Each read and revoke has a feed to find.
  {
    route: 'POST /mentors/{id}/calendar-feed',
    call: (w) => ({ path: `/mentors/${w.ids['mentor-own']}/calendar-feed` }),
    allowed: { 'mentor-own': 201 },
  },
  {
    route: 'GET /mentors/{id}/calendar-feed',
    call: (w) => ({ path: `/mentors/${w.ids['mentor-own']}/calendar-feed` }),
    allowed: { 'mentor-own': 200 },
    fresh: calendarFeed,
  },
  {
    route: 'DELETE /mentors/{id}/calendar-feed',
    call: (w) => ({ path: `/mentors/${w.ids['mentor-own']}/calendar-feed` }),
    allowed: { 'mentor-own': 200 },
    fresh: calendarFeed,
  },
  // Her young people with what is due: hers alone (her coordinators read the courses themselves).
  {
    route: 'GET /mentors/{id}/young-people',
    call: (w) => ({ path: `/mentors/${w.ids['mentor-own']}/young-people` }),
    allowed: { 'mentor-own': 200 },
  },
  // The feed itself: its URL is the credential, so a token or none makes no difference; a token that names no feed is 404.
  {
    route: 'GET /calendar-feeds/mentor.ics',
    call: () => ({ path: `/calendar-feeds/mentor.ics?token=${NO_TOKEN}` }),
    allowed: everyone(404),
  },
  {
    route: 'POST /group-meetings',
    call: (w) => ({
      path: '/group-meetings',
      body: { programId: w.programId, kind: 'sparring', heldOn: w.today, attendeeMentorIds: [w.ids['mentor-own']] },
    }),
    allowed: { coordinator: 201 },
  },

  // The world's course is active: commands of earlier or later phases are refused (409). Logging a meeting, a check-in or an escalation
  // only adds to it.
  // Every coordinator gets her list of courses, each her own part of her programs'.
  { route: 'GET /mentorships', call: () => ({ path: '/mentorships' }), allowed: anyCoordinator(200) },
  {
    route: 'GET /mentorships/{id}',
    call: (w) => ({ path: course(w) }),
    allowed: { coordinator: 200, 'mentor-own': 200, 'referrer-own': 200 },
  },
  {
    route: 'GET /mentorships/{id}/meetings',
    call: (w) => ({ path: `${course(w)}/meetings` }),
    allowed: { coordinator: 200, 'mentor-own': 200 },
  },
  {
    route: 'GET /mentorships/{id}/measurements',
    call: (w) => ({ path: `${course(w)}/measurements` }),
    allowed: { coordinator: 200, 'mentor-own': 200 },
  },
  // Whom the course is for (her name) and its policy's targets, for its page: its coordinators, who may also see the young person.
  {
    route: 'GET /mentorships/{id}/context',
    call: (w) => ({ path: `${course(w)}/context` }),
    allowed: { coordinator: 200 },
  },
  { route: 'POST /mentorships/{id}/consent', call: (w) => ({ path: `${course(w)}/consent` }), allowed: { coordinator: 409 } },
  {
    route: 'POST /mentorships/{id}/intake/complete',
    call: (w) => ({ path: `${course(w)}/intake/complete` }),
    allowed: { coordinator: 409 },
  },
  {
    route: 'POST /mentorships/{id}/proposals',
    call: (w) => ({ path: `${course(w)}/proposals`, body: { mentorId: w.ids['mentor-other'] } }),
    allowed: { coordinator: 409 },
  },
  // The mentor answers only a proposal made to her: mentor-other is refused after validation.
  {
    route: 'POST /mentorships/{id}/proposals/answer',
    call: (w) => ({ path: `${course(w)}/proposals/answer`, body: { party: 'mentor', answer: 'accept' } }),
    allowed: { coordinator: 409, 'mentor-own': 409 },
  },
  {
    route: 'POST /mentorships/{id}/agreement',
    call: (w, id) => ({ path: `${course(w, id)}/agreement`, body: MATCH_AGREEMENT }),
    allowed: { coordinator: 200 },
    fresh: (make) => make.course('agreeing'),
  },
  {
    route: 'POST /mentorships/{id}/meetings',
    call: (w) => ({ path: `${course(w)}/meetings`, body: { id: randomUUID(), heldOn: w.today, minutes: 30, placeKind: 'walk' } }),
    allowed: { coordinator: 200, 'mentor-own': 200 },
  },
  // A run of missed meetings raises an escalation: each cell misses one on a course of its own.
  {
    route: 'POST /mentorships/{id}/missed-meetings',
    call: (w, id) => ({
      path: `${course(w, id)}/missed-meetings`,
      body: { id: randomUUID(), plannedOn: w.today, missedBy: 'young-person' },
    }),
    allowed: { coordinator: 200, 'mentor-own': 200 },
    fresh: freshCourse,
  },
  {
    route: 'POST /mentorships/{id}/check-ins',
    call: (w) => ({ path: `${course(w)}/check-ins`, body: { id: randomUUID(), party: 'mentor', heldOn: w.today } }),
    allowed: { coordinator: 200 },
  },
  // A due point takes one measurement: each cell answers the start measurement of a course of its own.
  {
    route: 'POST /mentorships/{id}/measurements',
    call: (w, id) => ({
      path: `${course(w, id)}/measurements`,
      body: { id: randomUUID(), instrument: 'who5', duePoint: '0d', measuredOn: w.today, answers: [4, 4, 4, 4, 4] },
    }),
    allowed: { coordinator: 200, 'mentor-own': 200 },
    fresh: freshCourse,
  },
  {
    route: 'POST /mentorships/{id}/reviews',
    call: (w) => ({ path: `${course(w)}/reviews`, body: { decision: 'continue' } }),
    allowed: { coordinator: 409 },
  },
  {
    route: 'POST /mentorships/{id}/close',
    call: (w, id) => ({ path: `${course(w, id)}/close`, body: { kind: 'early', reason: 'moved', outcome: 'none' } }),
    allowed: { coordinator: 200 },
    fresh: freshCourse,
  },
  {
    route: 'POST /mentorships/{id}/exit-conversations',
    call: (w) => ({ path: `${course(w)}/exit-conversations`, body: { party: 'mentor', held: true } }),
    allowed: { coordinator: 409 },
  },
  {
    route: 'POST /mentorships/{id}/mentor-left',
    call: (w, id) => ({ path: `${course(w, id)}/mentor-left` }),
    allowed: { coordinator: 200 },
    fresh: freshCourse,
  },
  {
    route: 'POST /mentorships/{id}/continuation',
    call: (w) => ({ path: `${course(w)}/continuation`, body: { keptInTouch: true } }),
    allowed: { coordinator: 409 },
  },
  {
    route: 'POST /mentorships/{id}/escalations',
    call: (w) => ({ path: `${course(w)}/escalations`, body: bodies.escalation() }),
    allowed: { coordinator: 200, 'mentor-own': 200 },
  },

  // Lists are scoped to the caller (an "other" mentor or panel member gets hers, not the world's); a single escalation is its mentor's, its
  // panel members' and coordinators'.
  {
    route: 'GET /escalations',
    call: () => ({ path: '/escalations' }),
    allowed: { ...anyCoordinator(200), 'mentor-own': 200, 'mentor-other': 200, 'panel-own': 200, 'panel-other': 200 },
  },
  {
    route: 'GET /escalations/{id}',
    call: (w) => ({ path: `/escalations/${w.escalationId}` }),
    allowed: { coordinator: 200, 'mentor-own': 200, 'panel-own': 200 },
  },
  // Only its owners acknowledge it: a coordinator may act on it, but this act is the panel's (409).
  {
    route: 'POST /escalations/{id}/acknowledge',
    call: (w, id = w.escalationId) => ({ path: `/escalations/${id}/acknowledge` }),
    allowed: { coordinator: 409, 'panel-own': 200 },
    fresh: freshEscalation,
  },
  {
    route: 'POST /escalations/{id}/responses',
    call: (w, id = w.escalationId) => ({ path: `/escalations/${id}/responses`, body: { id: randomUUID(), advice: 'Ask her GP.' } }),
    allowed: { coordinator: 200, 'panel-own': 200 },
    fresh: freshEscalation,
  },
  {
    route: 'POST /escalations/{id}/reassign',
    call: (w, id = w.escalationId) => ({ path: `/escalations/${id}/reassign`, body: { panelMemberIds: [w.ids['panel-other']] } }),
    allowed: { coordinator: 200, 'panel-own': 200 },
    fresh: freshEscalation,
  },
  {
    route: 'POST /escalations/{id}/resolve',
    call: (w, id = w.escalationId) => ({ path: `/escalations/${id}/resolve`, body: { outcome: 'closed-without-action' } }),
    allowed: { coordinator: 200, 'panel-own': 200 },
    fresh: freshEscalation,
  },

  // Each user's own inbox; the world's nudge is mentor-own's, so even a coordinator may not answer it.
  { route: 'GET /nudges', call: () => ({ path: '/nudges' }), allowed: everyone(200, 'operator', 'program-admin') },
  { route: 'GET /nudges/{id}', call: (w) => ({ path: `/nudges/${w.nudgeId}` }), allowed: { 'mentor-own': 200 } },
  {
    route: 'POST /nudges/{id}/acknowledge',
    call: (w, id = w.nudgeId) => ({ path: `/nudges/${id}/acknowledge` }),
    allowed: { 'mentor-own': 200 },
    fresh: (make) => make.mentorNudge(),
  },

  // What needs her now: a coordinator her part of her programs (another program's, another municipality's, empty of the world's course),
  // a program administrator the quotas behind, nobody else anything.
  { route: 'GET /today', call: () => ({ path: '/today' }), allowed: { ...anyCoordinator(200), 'program-admin': 200 } },

  // Figures with small counts suppressed name nobody: operators may read them.
  // A municipal coordinator gets her own municipality's figures of the program.
  {
    route: 'GET /reports/well-being/chart.svg',
    call: (w) => ({ path: `/reports/well-being/chart.svg?${report(w)}` }),
    allowed: { ...ofTheProgram(200), operator: 200 },
  },
  {
    route: 'GET /reports/{kind}',
    call: (w) => ({ path: `/reports/outcomes?${report(w)}` }),
    allowed: { ...ofTheProgram(200), operator: 200 },
  },

  {
    route: 'GET /young-people/{id}/export',
    call: (w) => ({ path: `/young-people/${w.youngPersonId}/export` }),
    allowed: { coordinator: 200 },
  },
  {
    route: 'POST /young-people/{id}/erasure',
    call: (w, id = w.youngPersonId) => ({ path: `/young-people/${id}/erasure` }),
    allowed: { coordinator: 200 },
    fresh: (make) => make.youngPerson(),
  },

  // Signing in: open to anyone, with or without a token (a development token has no session to end).
  { route: 'GET /sign-in', call: () => ({ path: '/sign-in' }), allowed: everyone(200) },
  { route: 'POST /sign-in/email', call: () => ({ path: '/sign-in/email', body: { email: 'nobody@example.dk' } }), allowed: everyone(202) },
  { route: 'GET /sign-in/verify', call: () => ({ path: `/sign-in/verify?token=${'A'.repeat(43)}` }), allowed: everyone(401) },
  { route: 'POST /sign-in/verify', call: () => ({ path: '/sign-in/verify', body: { token: 'A'.repeat(43) } }), allowed: everyone(401) },
  { route: 'GET /sign-in/oidc', call: () => ({ path: '/sign-in/oidc' }), allowed: everyone(404) },
  { route: 'GET /sign-in/oidc/callback', call: () => ({ path: '/sign-in/oidc/callback?code=x&state=y' }), allowed: everyone(404) },
  // Her own rows' ids and her own name, which the console's header greets her by.
  { route: 'GET /session', call: () => ({ path: '/session' }), allowed: everyone(200), notPersonal: ['referrerId', 'mentorId', 'name'] },
  { route: 'POST /sign-out', call: () => ({ path: '/sign-out' }), allowed: everyone(400) },
  { route: 'POST /sign-out/everywhere', call: () => ({ path: '/sign-out/everywhere' }), allowed: everyone(400) },
  // The young person's own link: open without an account, whoever calls; a token that names no link is 404 for all.
  { route: 'GET /young-person-links', call: () => ({ path: `/young-person-links?token=${NO_TOKEN}` }), allowed: everyone(404) },
  {
    route: 'POST /young-person-links/consent',
    call: () => ({ path: '/young-person-links/consent', body: { token: NO_TOKEN, given: true, textsVersion: 'explanation.1' } }),
    allowed: everyone(404),
  },
  {
    route: 'POST /young-person-links/answers',
    call: () => ({ path: '/young-person-links/answers', body: { token: NO_TOKEN, answers: [3, 3, 3, 3, 3], textsVersion: 'who5' } }),
    allowed: everyone(404),
  },
  // Machines' tokens: operators only.
  {
    route: 'POST /api-tokens',
    call: () => ({ path: '/api-tokens', body: { name: 'matrix', scopes: ['operator'] } }),
    allowed: { operator: 201 },
  },
  { route: 'GET /api-tokens', call: () => ({ path: '/api-tokens' }), allowed: { operator: 200 }, notPersonal: ['name'] },
  {
    route: 'DELETE /api-tokens/{id}',
    call: (_w, id = randomUUID()) => ({ path: `/api-tokens/${id}` }),
    allowed: { operator: 200 },
    fresh: async (make) =>
      (
        await make.http
          .post('/api-tokens')
          .set(make.as('operator'))
          .send({ name: 'to revoke', scopes: ['operator'] })
          .expect(201)
      ).body.token.id,
  },

  // Operators' and program administrators' accounts. Their names and addresses are those of the staff who run the deployment, which is
  // what managing accounts is about, not the data of a person of a program: the scan leaves them out here. A program administrator may
  // invite and see her fellow administrators and change her own account; an operator manages every account.
  {
    route: 'POST /accounts',
    call: () => ({ path: '/accounts', body: bodies.account() }),
    allowed: allow(201, 'operator', 'program-admin'),
  },
  { route: 'GET /accounts', call: () => ({ path: '/accounts' }), allowed: allow(200, 'operator', 'program-admin'), notPersonal: ACCOUNT },
  {
    route: 'GET /accounts/{id}',
    call: (w) => ({ path: `/accounts/${w.ids['program-admin']}` }),
    allowed: allow(200, 'operator', 'program-admin'),
    notPersonal: ACCOUNT,
  },
  // Her own name, the same each time: renaming changes nothing another cell depends on.
  {
    route: 'PATCH /accounts/{id}',
    call: (w) => ({ path: `/accounts/${w.ids['program-admin']}`, body: { name: 'Test program administrator' } }),
    allowed: allow(200, 'operator', 'program-admin'),
  },
  // The others try the operator's own account (a program administrator disabling her own is in accounts.e2e.ts: here it would end her
  // access for the rows after this one); the operator disables a fresh program administrator's.
  {
    route: 'DELETE /accounts/{id}',
    call: (w, id = w.ids.operator) => ({ path: `/accounts/${id}` }),
    allowed: { operator: 200 },
    fresh: async (make) => (await make.http.post('/accounts').set(make.as('operator')).send(bodies.account()).expect(201)).body.id,
  },

  // What Temporal stores, decrypted: ids and phases only, for operators only.
  { route: 'POST /codec/decode', call: () => ({ path: '/codec/decode', body: { payloads: [] } }), allowed: { operator: 200 } },
  { route: 'POST /codec/encode', call: () => ({ path: '/codec/encode', body: { payloads: [] } }), allowed: { operator: 200 } },
  // Counts and timings for the operators' monitoring: nobody's data, but nobody else's business either.
  { route: 'GET /metrics', call: () => ({ path: '/metrics' }), allowed: { operator: 200 } },
];

/**
 * Who may see and do what, cell by cell, through the real API and worker:
 * eleven actors (each role, related to the data or not; coordinators of
 * this program, of another, of another municipality; program
 * administrators) against every operation the API publishes. Anything not
 * allowed is 403; whatever a referrer, a panel member or an operator reads is
 * scanned for personal data, whatever a program administrator reads for the
 * world's young person.
 */
describe('access by role and relation, on every route, through the real API', () => {
  const suite = engineSuite();
  let world: World;
  let make: Fixtures;

  beforeAll(async () => {
    ({ world, make } = await Fixtures.build(suite.engine));
  }, 120_000);

  /**
   * What is wrong with one cell: its status; for a restricted reader anything personal in what she read; for an unrelated one anything of
   * the world's.
   */
  async function checkCell(row: Row, actor: Actor): Promise<string[]> {
    const expected = row.allowed[actor] ?? 403;
    const target = row.fresh && row.allowed[actor] !== undefined ? await row.fresh(make, world) : undefined;
    const { path, body } = row.call(world, target);
    const method = row.route.split(' ')[0].toLowerCase() as Method;
    const call = suite.http[method](path).set(make.as(actor));
    const response = await (body ? call.send(body) : call);
    const problems: string[] = [];
    if (response.status !== expected)
      problems.push(`${row.route} as ${actor}: ${response.status}, expected ${expected} (${JSON.stringify(response.body?.message ?? '')})`);
    if (method === 'get' && response.status < 300 && RESTRICTED.includes(actor))
      problems.push(...leaks(response, world, row.notPersonal).map((leak) => `${row.route} as ${actor} shows ${leak}`));
    if (actor.endsWith('-other') && response.status < 300)
      problems.push(...worldObjectsIn(response, world).map((id) => `${row.route} as ${actor} names the world's ${id}`));
    if (actor === 'program-admin' && method === 'get' && response.status < 300)
      problems.push(...youngPersonIn(response, world).map((value) => `${row.route} as program-admin shows ${value}`));
    return problems;
  }

  it('has a row for every operation the API documents, so no route goes unexamined', async () => {
    const document: { paths: Record<string, Record<string, unknown>> } = (await suite.http.get('/docs/openapi.json').expect(200)).body;
    const methods = new Set<string>(['get', 'post', 'put', 'patch', 'delete']);
    const documented = Object.entries(document.paths).flatMap(([template, operations]) =>
      Object.keys(operations)
        .filter((method) => methods.has(method))
        .map((method) => `${method.toUpperCase()} ${template}`),
    );
    const rows = MATRIX.map((row) => row.route);
    const twice = rows.filter((route, index) => rows.indexOf(route) !== index);
    expect({
      withoutRow: documented.filter((route) => !rows.includes(route)),
      notDocumented: rows.filter((route) => !documented.includes(route)),
      twice,
    }).toEqual({
      withoutRow: [],
      notDocumented: [],
      twice: [],
    });
  });

  it('gives every actor exactly the access the matrix says, on every route', async () => {
    const wrong: string[] = [];
    for (const row of MATRIX) for (const actor of ACTORS) wrong.push(...(await checkCell(row, actor)));
    expect(wrong).toEqual([]);
    console.log(
      `access matrix: ${MATRIX.length} routes × ${ACTORS.length} actors = ${MATRIX.length * ACTORS.length} cells, all as expected`,
    );
  }, 300_000);

  it("shows the referrer only her referral's course, its phase and outcome, and the panel only what the escalation needs", async () => {
    const seen = (await suite.http.get(`/mentorships/${world.mentorshipId}`).set(make.as('referrer-own')).expect(200)).body;
    expect(seen).toEqual({ mentorshipId: world.mentorshipId, phase: 'active' });
    const escalation = (await suite.http.get(`/escalations/${world.escalationId}`).set(make.as('panel-own')).expect(200)).body;
    expect(escalation).toMatchObject({ id: world.escalationId, category: 'mental-health', mentorshipPhase: 'active', yours: true });
    const [firstName] = world.youngPerson.name.split(' ');
    const people = new RegExp(
      `${world.mentorshipId}|${world.youngPersonId}|${world.ids['mentor-own']}|${world.ids['referrer-own']}|${firstName}`,
    );
    expect(escalation.facts).toBeNull();
    expect(JSON.stringify(escalation)).not.toMatch(people);
    // One the engine raised shows the panel the score it advises on, and still nobody's id.
    const raised = (await suite.http.get(`/escalations/${world.engineEscalationId}`).set(make.as('panel-own')).expect(200)).body;
    expect(raised).toMatchObject({ reason: 'who5-high-risk', facts: { instrument: 'who5', duePoint: '0d', score: 20 } });
    expect(Object.keys(raised.facts).sort()).toEqual(['band', 'duePoint', 'instrument', 'measuredOn', 'previousScore', 'score']);
    for (const view of [escalation, raised])
      for (const field of ['mentorshipId', 'raisedBy', 'ownerIds', 'workflowId']) expect(view).not.toHaveProperty(field);
    expect(JSON.stringify(raised)).not.toMatch(people);
  });

  it("lists one course's escalations for whom the course is hers, never telling the panel which escalations share a course", async () => {
    const ofTheCourse = `/escalations?mentorshipId=${world.mentorshipId}&status=all`;
    for (const actor of ['coordinator', 'mentor-own'] as const) {
      const listed: Array<{ id: string; mentorshipId: string }> = (await suite.http.get(ofTheCourse).set(make.as(actor)).expect(200)).body;
      expect(listed.map(({ id }) => id)).toContain(world.escalationId);
      expect(listed.filter(({ mentorshipId }) => mentorshipId !== world.mentorshipId)).toEqual([]);
    }
    for (const actor of ['panel-own', 'coordinator-other', 'municipal-other', 'mentor-other'] as const)
      await suite.http.get(ofTheCourse).set(make.as(actor)).expect(403);
    const context = (
      await suite.http
        .get(`${course(world)}/context`)
        .set(make.as('coordinator'))
        .expect(200)
    ).body;
    expect(context).toMatchObject({
      mentorshipId: world.mentorshipId,
      programId: world.programId,
      policyVersion: 1,
      youngPerson: { id: world.youngPersonId, name: world.youngPerson.name },
      policy: { contact: POLICY.contact, measurements: POLICY.measurements },
    });
  });

  it('gives operators every kind of report, as JSON and as CSV, with nothing personal in it', async () => {
    for (const kind of REPORT_KINDS) {
      for (const format of ['json', 'csv']) {
        const response = await suite.http
          .get(`/reports/${kind}?${report(world)}&format=${format}`)
          .set(make.as('operator'))
          .expect(200);
        expect({ kind, format, leaks: leaks(response, world) }).toEqual({ kind, format, leaks: [] });
      }
    }
  });
});
