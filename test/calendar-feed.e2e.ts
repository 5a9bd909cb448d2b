import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { FAST_START_POLICY } from '../scripts/stack/fast-start-policy';
import { Engine, startEngine } from './support/engine';
import { ParsedComponent, parseCalendar, valueOf } from './support/icalendar';
import { activateCourse } from './support/mentorships';

/**
 * A mentor's private calendar feed on the real stack: she makes it, a
 * calendar app reads it without signing in, it holds what is due in her
 * course and nothing that names her young person, and once rotated or
 * revoked its URL answers 404.
 */
describe("a mentor's calendar feed, through the real API, worker, Temporal and PostgreSQL", () => {
  let engine: Engine;
  let http: ReturnType<typeof request>;
  let coordinator: { Authorization: string };
  let programId: string;
  let municipalityId: string;
  const slug = `feed-${randomUUID().slice(0, 8)}`;

  const post = async (path: string, body: object, status: number, as = coordinator) =>
    (await http.post(path).set(as).send(body).expect(status)).body;
  /** The path and query of a feed URL, for supertest. */
  const feedPath = (url: string) => url.slice(url.indexOf('/calendar-feeds/'));

  /** A course taken to active with a mentor whose language is given; its young person named, so the feed can be searched for her. */
  async function activeCourse(language: 'da' | 'en'): Promise<{ mentorshipId: string; mentorId: string }> {
    const { id: mentorId } = await post(
      '/mentors',
      { contact: { name: 'Maria Berg', language }, programId, municipalityId, gender: 'female' },
      201,
    );
    await post(`/mentors/${mentorId}/application`, {}, 200);
    await post(`/mentors/${mentorId}/path/begin-screening`, {}, 200);
    await post(`/mentors/${mentorId}/path/approve`, {}, 200);
    const { id: youngPersonId } = await post(
      '/young-people',
      { contact: { name: 'Aisha Nour' }, birthDate: '2004-04-17', gender: 'female', municipalityId },
      201,
    );
    const { id: referrerId } = await post(
      '/referrers',
      { contact: { name: 'Lene Dahl' }, kind: 'youth-guidance-counsellor', municipalityId },
      201,
    );
    const { id: mentorshipId } = await post('/referrals', { programId, referrerId, youngPersonId }, 201);
    await activateCourse(http, mentorshipId, { coordinator, mentorId, mentor: engine.auth('mentor', mentorId) });
    return { mentorshipId, mentorId };
  }

  beforeAll(async () => {
    engine = await startEngine();
    http = request(engine.api.getHttpServer());
    ({ id: programId, coordinator } = await engine.program({ slug, name: 'Feed test', policy: FAST_START_POLICY }));
    ({ id: municipalityId } = await post('/municipalities', { name: `Odense ${slug}` }, 201, engine.admin()));
  }, 120_000);
  afterAll(() => engine?.close());

  it("holds her course's due items, naming no one, as valid iCalendar; rotated or revoked, its URL answers 404", async () => {
    const { mentorshipId, mentorId } = await activeCourse('da');
    const mentor = engine.auth('mentor', mentorId);
    const today = new Date().toISOString().slice(0, 10);
    await post('/group-meetings', { programId, kind: 'sparring', heldOn: today, attendeeMentorIds: [mentorId] }, 201);

    await http.get(`/mentors/${mentorId}/calendar-feed`).set(mentor).expect(404);
    const issued = await post(`/mentors/${mentorId}/calendar-feed`, {}, 201, mentor);
    expect(issued.url).toMatch(/\/calendar-feeds\/mentor\.ics\?token=[A-Za-z0-9_-]{43}$/);
    expect((await http.get(`/mentors/${mentorId}/calendar-feed`).set(mentor).expect(200)).body).toEqual({
      id: issued.id,
      createdAt: issued.createdAt,
    });

    // A calendar app has no session: the URL is all it sends.
    const response = await http.get(feedPath(issued.url)).expect(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const calendar = parseCalendar(response.text);
    const events = calendar.components.filter((component) => component.name === 'VEVENT');
    const summaries = events.map((event) => valueOf(event, 'SUMMARY'));
    // PIFT: a meeting due 21 days on, WHO-5 at the start and at 3, 6, 9 and 12 months, self-efficacy and status at the start; and the
    // group meeting. No check-in yet: the program's first is due after the first meeting.
    const who5 = Array<string>(5).fill('Måling: WHO-5');
    expect(summaries.sort()).toEqual(
      [...who5, 'Måling: self-efficacy', 'Måling: status', 'Mentormøde: sparring', 'Møde med din unge'].sort(),
    );
    const meeting = events.find((event) => valueOf(event, 'SUMMARY') === 'Møde med din unge')!;
    expect(valueOf(meeting, 'URL')).toMatch(new RegExp(`/mentorships/${mentorshipId}$`));
    expect(valueOf(meeting, 'DTSTART')).toBe(dayAfter(today, 21));
    expect(response.text).not.toMatch(/Aisha|Nour|Maria|Berg|Lene|Dahl/);
    expect(new Set(events.map((event: ParsedComponent) => valueOf(event, 'UID'))).size).toBe(events.length);

    // A measurement submitted leaves the feed; the first meeting brings the program's check-in with her (MENTOR: within 48 hours).
    await post(
      `/mentorships/${mentorshipId}/measurements`,
      { id: randomUUID(), instrument: 'status', duePoint: '0d', measuredOn: today, status: 'neither' },
      200,
      mentor,
    );
    await post(`/mentorships/${mentorshipId}/meetings`, { id: randomUUID(), heldOn: today, minutes: 60, placeKind: 'walk' }, 200, mentor);
    const after = parseCalendar((await http.get(feedPath(issued.url)).expect(200)).text);
    const afterEvents = after.components.filter((event) => event.name === 'VEVENT');
    expect(afterEvents.map((event) => valueOf(event, 'SUMMARY'))).not.toContain('Måling: status');
    const checkIn = afterEvents.find((event) => valueOf(event, 'SUMMARY') === 'Opfølgning med programmet')!;
    expect(valueOf(checkIn, 'DTSTART')).toBe(dayAfter(today, 2));
    // The meeting due moved with the meeting logged, under the same UID, so calendars move the event instead of doubling it.
    const movedMeeting = afterEvents.find((event) => valueOf(event, 'UID') === valueOf(meeting, 'UID'))!;
    expect(valueOf(movedMeeting, 'SUMMARY')).toBe('Møde med din unge');

    // Rotating ends the old URL; revoking ends the new one.
    const rotated = await post(`/mentors/${mentorId}/calendar-feed`, {}, 201, mentor);
    await http.get(feedPath(issued.url)).expect(404);
    await http.get(feedPath(rotated.url)).expect(200);
    expect((await http.delete(`/mentors/${mentorId}/calendar-feed`).set(mentor).expect(200)).body).toEqual({ revoked: true });
    await http.get(feedPath(rotated.url)).expect(404);
    await http.delete(`/mentors/${mentorId}/calendar-feed`).set(mentor).expect(404);
    await http.get('/calendar-feeds/mentor.ics').query({ token: 'guessed' }).expect(404);
  });

  it("speaks the mentor's language", async () => {
    const { mentorId } = await activeCourse('en');
    const mentor = engine.auth('mentor', mentorId);
    const { url } = await post(`/mentors/${mentorId}/calendar-feed`, {}, 201, mentor);
    const calendar = parseCalendar((await http.get(feedPath(url)).expect(200)).text);
    expect(valueOf(calendar, 'X-WR-CALNAME')).toBe('Mentorflow: what is due');
    expect(calendar.components.map((event) => valueOf(event, 'SUMMARY'))).toContain('Meeting with your mentee');
  });
});

function dayAfter(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10).replaceAll('-', '');
}
