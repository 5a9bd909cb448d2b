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

/**
 * The API as the demo uses it: JSON in and out, each request as a named
 * person. Anything but a 2xx throws, except a 404 where the caller asks for
 * `undefined` instead (finding what a first run already made).
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
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.tokenFor(as)}`, 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new DemoRequestFailed(response.status, method, path, text);
    return (text ? JSON.parse(text) : undefined) as T;
  }
}
