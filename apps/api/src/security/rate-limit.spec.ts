import type { NextFunction, Request, Response } from 'express';
import { rateLimit } from './rate-limit';

/** A request from an address, and what the limiter did with it. */
function call(limiter: ReturnType<typeof rateLimit>, ip: string, path = '/programs') {
  const headers: Record<string, string> = {};
  const answer: { status?: number; body?: { message: string }; passed: boolean; headers: Record<string, string> } = {
    passed: false,
    headers,
  };
  const response = {
    setHeader: (name: string, value: string) => void (headers[name] = value),
    status(code: number) {
      answer.status = code;
      return this;
    },
    json(body: { message: string }) {
      answer.body = body;
      return this;
    },
  } as unknown as Response;
  const next: NextFunction = () => void (answer.passed = true);
  limiter({ ip, path, socket: {} } as Request, response, next);
  return answer;
}

describe('rateLimit', () => {
  let time = 1_000_000;
  const clock = () => time;

  it('lets a client make the limit in a minute, answers the next with 429 and when to retry, and starts again the next minute', () => {
    const limiter = rateLimit(3, clock);
    expect([1, 2, 3].map(() => call(limiter, '10.0.0.1').passed)).toEqual([true, true, true]);
    time += 20_000;
    const refused = call(limiter, '10.0.0.1');
    expect(refused).toMatchObject({ passed: false, status: 429, body: { message: 'more than 3 requests in a minute; try again in 40 s' } });
    expect(refused.headers).toMatchObject({
      'Retry-After': '40',
      'RateLimit-Limit': '3',
      'RateLimit-Remaining': '0',
      'RateLimit-Reset': '40',
    });
    time += 40_000;
    expect(call(limiter, '10.0.0.1')).toMatchObject({ passed: true, headers: { 'RateLimit-Remaining': '2' } });
  });

  it('counts each address on its own and never limits health checks', () => {
    const limiter = rateLimit(1, clock);
    expect(call(limiter, '10.0.0.1').passed).toBe(true);
    expect(call(limiter, '10.0.0.1').passed).toBe(false);
    expect(call(limiter, '10.0.0.2').passed).toBe(true);
    expect(call(limiter, '10.0.0.1', '/health/ready').passed).toBe(true);
  });
});
