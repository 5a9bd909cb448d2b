import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { Latencies } from './measure/latencies';

export interface ApiAnswer {
  status: number;
  body: any;
}

/** Sends of one write, the first included, before its 503 fails the run. */
const MAX_SENDS = 4;

/**
 * The benchmark's view of the API: each request is timed from sending to the
 * last byte of its final answer, and anything but the expected statuses fails
 * the run, since a figure measured over errors would be a figure of errors.
 * Every write carries an Idempotency-Key, as the README asks of clients, so
 * its cost is in the figures. A 503 is the API saying "send it again with the
 * same ids", so a write is sent again as a client must, same key and body,
 * and counted in `resent`: one busy moment in an hour-long run is then a
 * figure, not the end of the run.
 */
export class BenchClient {
  readonly latencies = new Latencies();
  /** Writes sent again after a 503. */
  resent = 0;

  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
    /** The wait before the nth resend is n times this: the engine was busy, so the client backs off. */
    private readonly resendBackoffMs = 500,
  ) {}

  async send(method: 'GET' | 'POST', path: string, body?: object, expected: number[] = [200, 201]): Promise<ApiAnswer> {
    const headers: Record<string, string> = { Authorization: `Bearer ${this.token}` };
    if (body) headers['Content-Type'] = 'application/json';
    if (method !== 'GET') headers['Idempotency-Key'] = randomUUID();
    const started = performance.now();
    for (let sends = 1; ; sends += 1) {
      const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body: body && JSON.stringify(body) });
      const text = await response.text();
      if (response.status === 503 && method !== 'GET' && sends < MAX_SENDS) {
        this.resent += 1;
        await delay(this.resendBackoffMs * sends);
        continue;
      }
      this.latencies.record(performance.now() - started);
      const answer = { status: response.status, body: text ? JSON.parse(text) : undefined };
      if (!expected.includes(answer.status))
        throw new Error(`${method} ${path} answered ${answer.status}${sends > 1 ? ` (send ${sends})` : ''}: ${text.slice(0, 300)}`);
      return answer;
    }
  }
}
