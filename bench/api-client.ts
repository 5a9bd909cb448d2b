import { randomUUID } from 'node:crypto';
import { Latencies } from './measure/latencies';

export interface ApiAnswer {
  status: number;
  body: any;
}

/**
 * The benchmark's view of the API: each request is timed from sending to the
 * last byte of the answer, and anything but the expected statuses fails the
 * run, since a figure measured over errors would be a figure of errors.
 * Every write carries an Idempotency-Key, as the README asks of clients, so
 * its cost is in the figures.
 */
export class BenchClient {
  readonly latencies = new Latencies();

  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  async send(method: 'GET' | 'POST', path: string, body?: object, expected: number[] = [200, 201]): Promise<ApiAnswer> {
    const headers: Record<string, string> = { Authorization: `Bearer ${this.token}` };
    if (body) headers['Content-Type'] = 'application/json';
    if (method !== 'GET') headers['Idempotency-Key'] = randomUUID();
    const started = performance.now();
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body: body && JSON.stringify(body) });
    const text = await response.text();
    this.latencies.record(performance.now() - started);
    const answer = { status: response.status, body: text ? JSON.parse(text) : undefined };
    if (!expected.includes(answer.status)) throw new Error(`${method} ${path} answered ${answer.status}: ${text.slice(0, 300)}`);
    return answer;
  }
}
