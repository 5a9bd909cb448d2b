/** What one request came to, after however many attempts it took. */
export interface Answer {
  status: number;
  body: any;
  /** A 409 with Retry-After: the first request with this Idempotency-Key is still being handled. */
  retryLater?: boolean;
}

/** What the client saw across all its requests: how the API behaved while the fault lasted. */
export interface ClientStats {
  requests: number;
  unavailable: number;
  serverErrors: number;
  /** Attempts abandoned because no answer came within the attempt timeout: the API hung. */
  hangs: number;
  /** The longest a single attempt took before it was answered or timed out, in ms. */
  longestWaitMs: number;
}

export interface CarefulClientOptions {
  /** One attempt is abandoned after this long (a hang counts as a failed attempt). */
  attemptTimeoutMs: number;
  /** A request is given up after retrying this long. */
  giveUpAfterMs: number;
}

/**
 * An API client that behaves the way a careful front end does: every write
 * carries ids (and, when asked, an Idempotency-Key) so it can be sent again;
 * a 503, a dropped connection or an attempt that takes too long is retried
 * with the same ids and key until a definite answer (2xx or 4xx) comes back;
 * so is a 409 with Retry-After (the first attempt with that key still runs).
 * A 500 is retried too, but counted: the API must never answer one.
 */
export class CarefulClient {
  readonly stats: ClientStats = { requests: 0, unavailable: 0, serverErrors: 0, hangs: 0, longestWaitMs: 0 };

  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
    private readonly options: CarefulClientOptions,
  ) {}

  async send(method: 'GET' | 'POST' | 'PUT' | 'PATCH', path: string, body?: object, idempotencyKey?: string): Promise<Answer> {
    const giveUpAt = Date.now() + this.options.giveUpAfterMs;
    for (let pause = 200; ; pause = Math.min(pause * 2, 2000)) {
      const answer = await this.attempt(method, path, body, idempotencyKey);
      if (answer && answer.status < 500 && !answer.retryLater) return answer;
      if (Date.now() + pause > giveUpAt)
        throw new Error(
          `${method} ${path}: no definite answer within ${this.options.giveUpAfterMs} ms (last: ${answer?.status ?? 'no answer'})`,
        );
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }

  private async attempt(
    method: string,
    path: string,
    body: object | undefined,
    idempotencyKey: string | undefined,
  ): Promise<Answer | undefined> {
    const headers: Record<string, string> = { Authorization: `Bearer ${this.token}` };
    if (body) headers['Content-Type'] = 'application/json';
    if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
    const started = Date.now();
    this.stats.requests += 1;
    try {
      const response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers,
        body: body && JSON.stringify(body),
        signal: AbortSignal.timeout(this.options.attemptTimeoutMs),
      });
      const text = await response.text();
      if (response.status === 503) this.stats.unavailable += 1;
      else if (response.status >= 500) this.stats.serverErrors += 1;
      return {
        status: response.status,
        body: text ? JSON.parse(text) : undefined,
        retryLater: response.status === 409 && response.headers.has('retry-after'),
      };
    } catch (error) {
      if (error instanceof DOMException && error.name === 'TimeoutError') this.stats.hangs += 1;
      return undefined; // refused, reset or timed out: the same request goes again
    } finally {
      this.stats.longestWaitMs = Math.max(this.stats.longestWaitMs, Date.now() - started);
    }
  }
}
