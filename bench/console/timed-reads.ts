import { BenchClient } from '../api-client';
import { Latencies, LatencySummary } from '../measure/latencies';

/** Requests before the timed ones: the first of each kind pays for cold caches and plans. */
const WARM_UP = 10;

/** A course page's reads side by side, GET /mentorships/{id} (its workflow's state) and its meetings: the page waits for both. */
export interface CoursePageFigures {
  page: LatencySummary;
  state: LatencySummary;
  meetings: LatencySummary;
}

/** One round of the console's reads, each kind timed over the same number of requests. */
export interface ConsoleReads {
  /** GET /today for a coordinator of two of the four programs, and for a municipal coordinator of one program's part. */
  today: { coordinator: LatencySummary; municipal: LatencySummary };
  /** The courses page (/mentorships) for the coordinator of two of the four programs: its first page of courses, all phases. */
  coursesList: LatencySummary;
  /** The escalations page for the same coordinator: the open ones (its first view), and the resolved (most of them, unpaged). */
  escalationsList: { open: LatencySummary; resolved: LatencySummary };
  coursePage: CoursePageFigures;
  /**
   * Timed reads the API turned away (503 engine-busy, Retry-After), which the console shows as "too busy, try again": counted
   * here, left out of the latencies (a course page counts once if either of its reads was).
   */
  refused: number;
}

/** Who reads what: the two coordinators' Today pages, and the live courses' pages as their own coordinator. */
export interface ConsoleReaders {
  coordinator: BenchClient;
  municipal: BenchClient;
  courses: BenchClient;
  mentorshipIds: string[];
}

/** Each read `requests` times, one request after another as one person's browser sends them, one kind after the other. */
export async function timeConsoleReads(readers: ConsoleReaders, requests: number): Promise<ConsoleReads> {
  const refusals = { count: 0 };
  const today = (client: BenchClient) => async () => served(await client.send('GET', '/today', undefined, READ_ANSWERS));
  const coordinator = await timed(requests, today(readers.coordinator), refusals);
  const municipal = await timed(requests, today(readers.municipal), refusals);
  const courses = async () => served(await readers.coordinator.send('GET', '/mentorships', undefined, READ_ANSWERS));
  const coursesList = await timed(requests, courses, refusals);
  const escalations = (status: 'open' | 'resolved') => async () =>
    served(await readers.coordinator.send('GET', `/escalations?status=${status}`, undefined, READ_ANSWERS));
  const escalationsList = {
    open: await timed(requests, escalations('open'), refusals),
    resolved: await timed(requests, escalations('resolved'), refusals),
  };
  const coursePage = await timeCoursePages(readers.courses, readers.mentorshipIds, requests, refusals);
  return { today: { coordinator, municipal }, coursesList, escalationsList, coursePage, refused: refusals.count };
}

/** A read is served (200) or turned away for now (503 engine-busy); anything else fails the run. */
const READ_ANSWERS = [200, 503];
const served = ({ status }: { status: number }): boolean => status === 200;

/**
 * `requests` sends one after another, after a few untimed ones; `send` is told whether it is timed and answers whether the read was
 * served. A timed read turned away is counted in `refusals`, not timed.
 */
async function timed(requests: number, send: (timed: boolean) => Promise<boolean>, refusals: { count: number }): Promise<LatencySummary> {
  for (let index = 0; index < WARM_UP; index += 1) await send(false);
  const latencies = new Latencies();
  for (let index = 0; index < requests; index += 1) {
    const started = performance.now();
    if (await send(true)) latencies.record(performance.now() - started);
    else refusals.count += 1;
  }
  return latencies.summary();
}

/** Course pages of the live courses in turn: the course's state and its meetings, asked together as the page asks them. */
async function timeCoursePages(
  client: BenchClient,
  mentorshipIds: string[],
  requests: number,
  refusals: { count: number },
): Promise<CoursePageFigures> {
  const state = new Latencies();
  const meetings = new Latencies();
  const read = async (path: string, latencies: Latencies | undefined): Promise<boolean> => {
    const started = performance.now();
    const isServed = served(await client.send('GET', path, undefined, READ_ANSWERS));
    if (isServed) latencies?.record(performance.now() - started);
    return isServed;
  };
  let next = 0;
  const page = await timed(
    requests,
    async (isTimed) => {
      const id = mentorshipIds[next++ % mentorshipIds.length];
      const reads = await Promise.all([
        read(`/mentorships/${id}`, isTimed ? state : undefined),
        read(`/mentorships/${id}/meetings`, isTimed ? meetings : undefined),
      ]);
      return reads.every(Boolean);
    },
    refusals,
  );
  return { page, state: state.summary(), meetings: meetings.summary() };
}
