import type { ConsoleOptions } from './console-options';
import type { QueryPlan } from './explain-today';
import type { CommandFigures } from './reads-under-load';
import type { RenderFigures } from './render-timing';
import type { ConsoleReads } from './timed-reads';

/** What `writeResults('console', ...)` keeps of one run. */
export interface ConsoleFigures {
  options: ConsoleOptions;
  targetP95Ms: number;
  /** The reads on an otherwise idle stack; with the Today answer's counts by kind and its rows, of the coordinator of two programs. */
  today: ConsoleReads['today'] & { counts: Record<string, number>; items: number };
  coursesList: ConsoleReads['coursesList'];
  escalationsList: ConsoleReads['escalationsList'];
  coursePage: ConsoleReads['coursePage'];
  refused: ConsoleReads['refused'];
  /** The same reads again while `rate` meetings a second are logged on the live courses; null when run with `--load 0`. */
  underLoad: UnderLoadFigures | null;
  plans: { coordinator: QueryPlan[]; municipal: QueryPlan[] };
  /** The same coordinator's Today page and course pages in Chromium, and the console's first-load JS. */
  render: RenderFigures;
}

export interface UnderLoadFigures extends ConsoleReads {
  rate: number;
  /** The worker's maxCachedWorkflows in this run, as its configuration read it. */
  cache: number;
  /** How long the reads took, and so the load lasted. */
  seconds: number;
  commands: CommandFigures;
}
