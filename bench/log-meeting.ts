import { randomUUID } from 'node:crypto';
import { BenchClient } from './api-client';

/** The meeting the benchmarks log: held today (UTC, as the course workflow counts days), under a fresh id of the client's own. */
export function meetingToday(): object {
  return { id: randomUUID(), heldOn: new Date().toISOString().slice(0, 10), minutes: 45, placeKind: 'cafe' };
}

/** A meeting logged on the course through the API, sent again on a 503 as BenchClient does; anything but a 200 fails it. */
export async function logMeeting(client: BenchClient, mentorshipId: string): Promise<void> {
  await client.send('POST', `/mentorships/${mentorshipId}/meetings`, meetingToday(), [200]);
}

/** One of the courses at random: a load spread over them all, so most meetings land on a workflow the worker no longer caches. */
export function pickOne<T>(items: T[]): T {
  return items[Math.floor(Math.random() * items.length)];
}
