import { AsyncLocalStorage } from 'node:async_hooks';

export interface EngineGateLimits {
  /** Requests (or calls outside one) waiting on the engine at once. */
  maxInFlight: number;
  /** Requests waiting for one of those places; past this a request is turned away at once. */
  maxQueued: number;
  /** How long a queued request waits for a place before it is turned away. */
  queueWaitMs: number;
  /** What a turned-away caller is told to wait before it tries again. */
  retryAfterSeconds: number;
}

/** The engine already has as much as this process lets it hold: nothing was sent to it. */
export class EngineBusyError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`the workflow engine is at capacity; nothing was sent to it: try again in ${retryAfterSeconds} s`);
    this.name = 'EngineBusyError';
  }
}

/** One request's place: taken at its start or at its first call to the engine, given back when the request ends. */
interface RequestPlace {
  taken?: Promise<void>;
  release?: () => void;
  /** Told once, at the request's first call to the engine. */
  onEngineCall?: () => void;
}

/** A place taken ahead of a request (`take`), to hand to `forRequest`; give it back with `release` if the request never runs. */
export type Release = () => void;

interface Waiter {
  admit: (release: () => void) => void;
  timer: NodeJS.Timeout;
}

/**
 * Admission control in front of the workflow engine. Past capacity a queue
 * of commands waiting on the engine only grows (each waits its full deadline
 * for a 503, its client resends, and the queue grows again), so the number
 * waiting at once is bounded: a few more may wait briefly for a place, and
 * every other is refused at once with EngineBusyError, before anything is
 * sent. A request holds one place for all its calls, so it is never turned
 * away halfway, after a first command was made; one known to call the
 * engine takes its place before it does anything (EngineAdmissionInterceptor).
 */
export class EngineGate {
  private inFlight = 0;
  private readonly queue: Waiter[] = [];
  private readonly requests = new AsyncLocalStorage<RequestPlace>();

  constructor(readonly limits: EngineGateLimits) {}

  /** Places taken now; for tests and the benchmark to see the gate fill. */
  get busy(): { inFlight: number; queued: number } {
    return { inFlight: this.inFlight, queued: this.queue.length };
  }

  /** A place asked for now would be refused at once: every place taken and no room to wait (shed-load.ts refuses writes then). */
  get full(): boolean {
    const noRoomToWait = this.queue.length >= this.limits.maxQueued || this.limits.queueWaitMs <= 0;
    return this.inFlight >= this.limits.maxInFlight && noRoomToWait;
  }

  /**
   * Runs one request: its calls through `admit` share one place, given back
   * when `handle` settles; the place taken ahead when one is given, else at
   * its first call (and `onEngineCall` told then).
   */
  async forRequest<T>(handle: () => Promise<T>, { taken, onEngineCall }: { taken?: Release; onEngineCall?: () => void } = {}): Promise<T> {
    const place: RequestPlace = taken ? { taken: Promise.resolve(), release: taken, onEngineCall } : { onEngineCall };
    try {
      return await this.requests.run(place, handle);
    } finally {
      place.release?.();
    }
  }

  /** Runs one call to the engine once it has a place (its request's, or one of its own outside a request). */
  async admit<T>(call: () => Promise<T>): Promise<T> {
    const place = this.requests.getStore();
    if (place) {
      place.onEngineCall?.();
      place.onEngineCall = undefined;
      place.taken ??= this.take().then((release) => {
        place.release = release;
      });
      await place.taken;
      return call();
    }
    const release = await this.take();
    try {
      return await call();
    } finally {
      release();
    }
  }

  /** A place, as soon as one is free within the queue wait; else EngineBusyError. */
  take(): Promise<Release> {
    if (this.inFlight < this.limits.maxInFlight) {
      this.inFlight += 1;
      return Promise.resolve(this.releaser());
    }
    if (this.full) return Promise.reject(this.busyError());
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        admit: resolve,
        timer: setTimeout(() => {
          this.queue.splice(this.queue.indexOf(waiter), 1);
          reject(this.busyError());
        }, this.limits.queueWaitMs),
      };
      this.queue.push(waiter);
    });
  }

  /** Gives the place back once: to the longest waiter, else to the pool. */
  private releaser(): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.queue.shift();
      if (!next) {
        this.inFlight -= 1;
        return;
      }
      clearTimeout(next.timer);
      next.admit(this.releaser());
    };
  }

  private busyError(): EngineBusyError {
    return new EngineBusyError(this.limits.retryAfterSeconds);
  }
}
