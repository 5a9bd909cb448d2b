import { allHandlersFinished, condition, makeContinueAsNewFunc, workflowInfo, type Workflow } from '@temporalio/workflow';
import { Alarm } from './alarm';
import { workflowsVersionAttribute } from './version';

const DAY_MS = 24 * 60 * 60 * 1000;

/** History events after which a run continues as new (the server's own suggestion may come first). */
export const DEFAULT_HISTORY_LIMIT = 2000;

/**
 * The longest a run of a workflow that can live indefinitely (a program, an
 * escalation; not yet a mentor's path, see mentor-path.workflow.ts) lasts
 * before it continues as new. It bounds how
 * long code from before a patch keeps running: 90 days after a patch is
 * deployed, every such run begun before it has ended or continued as new onto
 * it (see workflows/version.ts), while a run still lives long enough that
 * renewing it costs nothing worth counting.
 */
export const MAX_RUN_AGE_MS = 90 * DAY_MS;

/** What ended a wait: a command moved something, the deadline came, or the run is due to continue as new. */
export type Wake = 'moved' | 'deadline' | 'renew';

/**
 * The loop every long-running workflow waits in: for a command, its next
 * deadline, or its run to be due for renewal (a history long enough, the
 * server suggesting it, or, when bounded, the run's age). One timer serves
 * the deadline and the age and is kept while that moment stays put (see Alarm).
 */
export class LongRun {
  private readonly alarm = new Alarm();
  /** When this run must have continued as new; none for a workflow bounded otherwise. */
  private readonly renewBy?: number;

  constructor(
    private readonly historyLimit = DEFAULT_HISTORY_LIMIT,
    maxRunAgeMs?: number,
  ) {
    if (maxRunAgeMs !== undefined) this.renewBy = workflowInfo().runStartTime.getTime() + maxRunAgeMs;
  }

  /** The history is long enough, or the run old enough, to continue as new. */
  get due(): boolean {
    const { historyLength, continueAsNewSuggested } = workflowInfo();
    return historyLength > this.historyLimit || continueAsNewSuggested || (this.renewBy !== undefined && Date.now() >= this.renewBy);
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

  /**
   * Continues as new once every handler has answered, carrying `args`. The new run's search attributes
   * are the code's version alone, set as options (no history event of its own): every workflow publishes
   * its other attributes as each run begins. (A run's own attributes passed on as options broke the time-
   * skipping test server's third run of a chain.)
   */
  async continueAsNew<W extends Workflow>(...args: Parameters<W>): Promise<never> {
    await condition(allHandlersFinished);
    return makeContinueAsNewFunc<W>({ typedSearchAttributes: [workflowsVersionAttribute] })(...args);
  }
}
