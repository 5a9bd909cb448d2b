import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { monitorEventLoopDelay, type Histogram } from 'node:perf_hooks';

/** How often the loop is sampled (by a timer of Node's own, no JavaScript runs): some 200 samples in a second on time. */
export const SAMPLE_EVERY_MS = 5;
/** The window the lag is read over: how long one stall can weigh, and how soon shedding starts and stops. */
const WINDOW_MS = 1000;

/**
 * The lag of one window's samples: their p99, less the interval each one waited for anyway. The p99, not the max: in a
 * second on time the loop takes some 200 samples, so one stall (a major GC, a large report) is left out rather than shedding
 * the next second for it; a saturated loop takes only a few, each late, and their p99 is their max, the lag every request
 * meets. Not the mean either, which a loop late only half the time hides among the many samples of its other half.
 */
export function lagOfWindow(delays: Pick<Histogram, 'count' | 'percentile'>): number {
  if (delays.count === 0) return 0;
  return Math.max(0, delays.percentile(99) / 1e6 - SAMPLE_EVERY_MS);
}

/**
 * How late the API's event loop runs what is due, over the last whole second (shed-load.ts refuses requests past a limit):
 * read at every request, so it is a number kept, not a figure computed then.
 */
@Injectable()
export class EventLoopLag implements OnModuleDestroy {
  private readonly delays = monitorEventLoopDelay({ resolution: SAMPLE_EVERY_MS });
  private readonly rotation: NodeJS.Timeout;
  private lastWindowMs = 0;

  constructor() {
    this.delays.enable();
    this.rotation = setInterval(() => {
      this.lastWindowMs = lagOfWindow(this.delays);
      this.delays.reset();
    }, WINDOW_MS).unref();
  }

  /** The last whole window's lag, in milliseconds. */
  get ms(): number {
    return this.lastWindowMs;
  }

  onModuleDestroy(): void {
    clearInterval(this.rotation);
    this.delays.disable();
  }
}
