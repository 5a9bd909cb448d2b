import { allHandlersFinished, condition, makeContinueAsNewFunc, setHandler, workflowInfo, type Workflow } from '@temporalio/workflow';
import { Alarm } from './alarm';
import { renewSignal } from './renewal/renewal';
import { workflowsVersionAttribute } from './version';

/** History events after which a run continues as new (the server's own suggestion may come first). */
export const DEFAULT_HISTORY_LIMIT = 2000;

/** What ended a wait: a command moved something, the deadline came, or the run is due to continue as new. */
export type Wake = 'moved' | 'deadline' | 'renew';

/**
 * The loop every long-running workflow waits in: for a command, its next
 * deadline, or its run to be due for renewal (a history long enough, the
 * server suggesting it, a `renew` signal, or, when bounded here, the run's
 * age). One timer serves the deadline and the age and is kept while that
 * moment stays put (see Alarm).
 */
export class LongRun {
  private readonly alarm = new Alarm();
  /** When this run must have continued as new; none for a workflow the renewal sweep bounds (MAX_RUN_AGE_MS says which). */
  private readonly renewBy?: number;
  private renewAsked = false;

  constructor(
    private readonly historyLimit = DEFAULT_HISTORY_LIMIT,
    maxRunAgeMs?: number,
  ) {
    if (maxRunAgeMs !== undefined) this.renewBy = workflowInfo().runStartTime.getTime() + maxRunAgeMs;
    setHandler(renewSignal, () => void (this.renewAsked = true));
  }

  /** The history is long enough, the run old enough, or its renewal was asked for: time to continue as new. */
  get due(): boolean {
    const { historyLength, continueAsNewSuggested } = workflowInfo();
    const old = this.renewBy !== undefined && Date.now() >= this.renewBy;
    return this.renewAsked || historyLength > this.historyLimit || continueAsNewSuggested || old;
  }

  /**
   * Waits until `moved` comes true, the deadline `at` passes, or the run is due; a command wins over the
   * others, which it may have changed. A deadline already past is answered at once, not through a timer.
   */
  async wait(moved: () => boolean, at?: number): Promise<Wake> {
    const wake = (): Wake | undefined => {
      if (moved()) return 'moved';
      if (this.due) return 'renew';
      if (at !== undefined && at <= Date.now()) return 'deadline';
      return undefined;
    };
    const now = wake();
    if (now) return now;
    const ringAt = [at, this.renewBy].filter((moment): moment is number => moment !== undefined);
    if (ringAt.length > 0) this.alarm.set(Math.min(...ringAt));
    else this.alarm.clear();
    await condition(() => moved() || this.due || this.alarm.rang);
    return wake() ?? 'deadline';
  }

  continueAsNew<W extends Workflow>(...args: Parameters<W>): Promise<never> {
    return continueAsNewAtVersion<W>(...args);
  }
}

/**
 * Continues as new once every handler has answered, carrying `args`. The new run's search attributes
 * are the code's version alone, set as options (no history event of its own): every workflow publishes
 * its other attributes as each run begins. (A run's own attributes passed on as options broke the time-
 * skipping test server's third run of a chain.)
 */
export async function continueAsNewAtVersion<W extends Workflow>(...args: Parameters<W>): Promise<never> {
  await condition(allHandlersFinished);
  return makeContinueAsNewFunc<W>({ typedSearchAttributes: [workflowsVersionAttribute] })(...args);
}
