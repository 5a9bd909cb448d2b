/**
 * At most `limit` requests in flight, the rest queued in arrival order. The
 * cohort admits a new course only while the slots keep up with what is due:
 * nothing queued for a slot and at least one free.
 */
export class RequestSlots {
  private inFlight = 0;
  private readonly queued: Array<() => void> = [];
  private keptUp: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  /** Runs the request in a slot: at once when one is free and nobody is queued before it. */
  async run<T>(request: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await request();
    } finally {
      this.release();
    }
  }

  get keepingUp(): boolean {
    return this.queued.length === 0 && this.inFlight < this.limit;
  }

  /** Resolves once the slots keep up (at once if they do). */
  whenKeepingUp(): Promise<void> {
    if (this.keepingUp) return Promise.resolve();
    return new Promise((resolve) => this.keptUp.push(resolve));
  }

  /** Takes a slot synchronously when one is free, so a caller that goes on without awaiting has already taken it. */
  private acquire(): Promise<void> {
    if (this.keepingUp) {
      this.inFlight += 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.queued.push(resolve));
  }

  private release(): void {
    const next = this.queued.shift();
    // The slot passes straight to the first one queued, so it cannot be taken out of turn.
    if (next) return next();
    this.inFlight -= 1;
    const waiting = this.keptUp;
    this.keptUp = [];
    for (const resolve of waiting) resolve();
  }
}
