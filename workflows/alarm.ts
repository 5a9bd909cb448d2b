import { CancellationScope, isCancellation, sleep } from '@temporalio/workflow';

/**
 * One timer for the next deadline, kept while that deadline stays where it
 * is. `condition(fn, timeout)` starts a timer each time it is awaited and
 * cancels it when `fn` comes true first: two history events for every
 * command, even one that changed no deadline. An alarm set again to the same
 * moment leaves its timer alone.
 */
export class Alarm {
  private at?: number;
  private scope?: CancellationScope;
  /** The timer set for `at` fired. */
  rang = false;

  /** Rings at `at` (a moment still to come); a timer for another moment is cancelled. */
  set(at: number): void {
    if (this.at === at && this.scope && !this.rang) return;
    this.clear();
    const scope = new CancellationScope();
    this.at = at;
    this.scope = scope;
    scope
      .run(() => sleep(at - Date.now()))
      .then(
        () => {
          if (this.scope === scope) this.rang = true;
        },
        (error: unknown) => {
          if (!isCancellation(error)) throw error;
        },
      );
  }

  clear(): void {
    if (this.scope && !this.rang) this.scope.cancel();
    this.at = undefined;
    this.scope = undefined;
    this.rang = false;
  }
}
