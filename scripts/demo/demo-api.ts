import type { Role } from '../../libs/auth/roles';

/** Who sends a request: the token's role and subject (a person's id). */
export interface Actor {
  role: Role;
  id: string;
}

/** Signs a bearer token for an actor: `up` with its development secret, a test with its harness's. */
export type TokenFor = (actor: Actor) => string;

/** An answer the demo did not expect, with what the API said about it. */
export class DemoRequestFailed extends Error {
  constructor(
    readonly status: number,
    method: string,
    path: string,
    body: string,
  ) {
    super(`${method} ${path} answered ${status}: ${body.slice(0, 300)}`);
  }
}

/** Times a request refused for the rate limit is sent again, each after the wait the API names. */
const RATE_LIMITED_RESENDS = 2;

/**
 * The API as the demo uses it: JSON in and out, each request as a named
 * person. Anything but a 2xx throws, except a 404 where the caller asks for
 * `undefined` instead (finding what a first run already made). A 429 was not
 * acted on, so it is sent again once its Retry-After has passed: the demo is
 * a burst of some hundreds of requests from one address.
 */
export class DemoApi {
  constructor(
    private readonly baseUrl: string,
    private readonly tokenFor: TokenFor,
  ) {}

  get<T>(path: string, as: Actor): Promise<T> {
    return this.send<T>('GET', path, as);
  }

  async find<T>(path: string, as: Actor): Promise<T | undefined> {
    try {
      return await this.get<T>(path, as);
    } catch (error) {
      if (error instanceof DemoRequestFailed && error.status === 404) return undefined;
      throw error;
    }
  }

  post<T>(path: string, body: object, as: Actor, headers: Record<string, string> = {}): Promise<T> {
    return this.send<T>('POST', path, as, body, headers);
  }

  private async send<T>(method: string, path: string, as: Actor, body?: object, headers: Record<string, string> = {}): Promise<T> {
    const request = () =>
      fetch(`${this.baseUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${this.tokenFor(as)}`, 'content-type': 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    let response = await request();
    for (let resend = 0; response.status === 429 && resend < RATE_LIMITED_RESENDS; resend += 1) {
      await new Promise((resolve) => setTimeout(resolve, 1000 * Number(response.headers.get('retry-after') ?? 60)));
      response = await request();
    }
    const text = await response.text();
    if (!response.ok) throw new DemoRequestFailed(response.status, method, path, text);
    return (text ? JSON.parse(text) : undefined) as T;
  }
}
