import { BenchClient } from '../api-client';
import { BenchProgram, openingSteps } from '../courses';
import { LatencySummary, Latencies } from '../measure/latencies';
import { throughput, Throughput } from '../measure/throughput';
import { CourseScript, TimedCommand } from './course-script';
import { RecentLateness } from './recent-lateness';
import { RequestSlots } from './request-slots';

export interface DriveOptions {
  mentorships: number;
  /** Requests in flight at most, over the whole cohort. */
  concurrency: number;
  /** Courses between referral and match at once: their load is still to come, so admission cannot see it yet. */
  openings: number;
  /** How long a month lasts: the continuation is retried a day after a refusal. */
  monthMs: number;
  /** Told how far the cohort is, every 10 s, and of its first few failures as they happen. */
  report?: (line: string) => void;
}

export interface CourseFailure {
  course: number;
  mentorshipId?: string;
  error: string;
}

export interface CohortDrive {
  /** Courses whose whole script was acknowledged, continuation included. */
  mentorshipIds: string[];
  failures: CourseFailure[];
  /** From the first admission to the last match start. */
  admissionWindowS: number;
  mentorshipsPerSecond: number;
  /**
   * How long admission waited for the engine to keep up. Zero means the
   * cohort never reached the engine's capacity: its throughput is its
   * schedule's, and says nothing about the engine's.
   */
  admissionHeldS: number;
  /** Every acknowledged POST. */
  commands: Throughput;
  /** Of every request the cohort sent. */
  latencyMs: LatencySummary;
  /**
   * How long after its moment the first command due at each moment got a
   * slot: the cohort kept its schedule when this stays small. (The commands
   * after it at the same moment wait for it, as one person's would.)
   */
  latenessMs: LatencySummary;
  /** Continuation answers sent before the program had asked (refused with 409, sent again). */
  continuationRetries: number;
  /** Commands sent again after a 503 (see BenchClient). */
  resent: number;
  wallTimeS: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
/** How often admission looks again while the slots are free but a course ran late or is still opening. */
const ADMISSION_POLL_MS = 50;

/**
 * The cohort through the real API: every admitted course runs its script at
 * its own times, all at once, sharing `concurrency` request slots. A new
 * course is admitted only while the slots keep up with what is due, no
 * course ran more than a (compressed) day late lately and fewer than
 * `openings` courses are still on their way to a match, so the cohort runs
 * at the engine's capacity with every course on schedule. (One opening at a
 * time admits a course per opening's round trips, about 0.5/s: that, not the
 * engine, set the pace of a 2-core cohort.) A
 * course's own commands still go one after another: when they take longer
 * than its schedule leaves between them, it falls behind, which the lateness
 * figure shows (a late command lets the engine's timers fire nudges a real
 * program does not see).
 */
export async function driveCohort(
  client: BenchClient,
  program: BenchProgram,
  script: CourseScript,
  options: DriveOptions,
): Promise<CohortDrive> {
  return new CohortDriver(client, program, script, options).drive();
}

class CohortDriver {
  private readonly slots: RequestSlots;
  private readonly completions: number[] = [];
  private readonly lateness = new Latencies();
  private readonly recentLateness: RecentLateness;
  private readonly matchStarts: number[] = [];
  private continuationRetries = 0;
  /** Courses admitted and not yet matched: their load is still to come. */
  private opening = 0;

  constructor(
    private readonly client: BenchClient,
    private readonly program: BenchProgram,
    private readonly script: CourseScript,
    private readonly options: DriveOptions,
  ) {
    this.slots = new RequestSlots(options.concurrency);
    // On schedule means within a (compressed) day, judged over the last three.
    this.recentLateness = new RecentLateness(options.monthMs / 30, options.monthMs / 10);
  }

  async drive(): Promise<CohortDrive> {
    const mentorshipIds: string[] = [];
    const failures: CourseFailure[] = [];
    const startedAt = performance.now();
    const courses: Promise<void>[] = [];
    const ticker = setInterval(() => {
      const finished = mentorshipIds.length + failures.length;
      const failed = failures.length ? ` (${failures.length} failed)` : '';
      this.options.report?.(
        `  ${courses.length} admitted, ${this.matchStarts.length} matched, ${finished} finished${failed}; ` +
          `${this.completions.length} commands`,
      );
    }, 10_000);
    let heldMs = 0;
    for (let course = 0; course < this.options.mentorships; course += 1) {
      while (!this.canAdmit()) {
        // Waiting for courses to match is pacing; waiting for slots or a late course is the engine at capacity.
        const forTheEngine = this.opening < this.options.openings;
        const held = performance.now();
        await (this.slots.keepingUp ? sleep(ADMISSION_POLL_MS) : this.slots.whenKeepingUp());
        if (forTheEngine) heldMs += performance.now() - held;
      }
      const progress: { mentorshipId?: string } = {};
      courses.push(
        this.runCourse(course, progress).then(
          () => void mentorshipIds.push(progress.mentorshipId!),
          (error: unknown) => {
            const failure = { course, mentorshipId: progress.mentorshipId, error: error instanceof Error ? error.message : String(error) };
            failures.push(failure);
            // Said at once: a long run's first failure is the one that explains the rest.
            if (failures.length <= 5)
              this.options.report?.(`  course ${course} (${failure.mentorshipId ?? 'no id yet'}) failed: ${failure.error}`);
          },
        ),
      );
    }
    await Promise.all(courses);
    clearInterval(ticker);
    const lastMatchStart = Math.max(startedAt, ...this.matchStarts);
    const admissionWindowS = (lastMatchStart - startedAt) / 1000;
    return {
      mentorshipIds,
      failures,
      admissionWindowS: Math.round(admissionWindowS * 10) / 10,
      mentorshipsPerSecond: admissionWindowS > 0 ? Math.round((this.matchStarts.length / admissionWindowS) * 10) / 10 : 0,
      admissionHeldS: Math.round(heldMs / 100) / 10,
      commands: throughput(startedAt, this.completions),
      latencyMs: this.client.latencies.summary(),
      latenessMs: this.lateness.summary(),
      continuationRetries: this.continuationRetries,
      resent: this.client.resent,
      wallTimeS: Math.round((performance.now() - startedAt) / 100) / 10,
    };
  }

  /**
   * Free slots, nothing queued for one, every course on schedule lately,
   * and room among the courses opening: until a course matches, its year's
   * load has not shown in the figures admission looks at, so few may open at once.
   */
  private canAdmit(): boolean {
    return this.opening < this.options.openings && this.slots.keepingUp && this.recentLateness.calm(performance.now());
  }

  /** One course from referral to its continuation answer; `progress` keeps its id for the failure report. */
  private async runCourse(course: number, progress: { mentorshipId?: string }): Promise<void> {
    const { mentorIds } = this.program;
    this.opening += 1;
    try {
      for (const step of openingSteps(this.program, mentorIds[course % mentorIds.length])) {
        progress.mentorshipId = (await this.command(() => step(this.client, progress.mentorshipId))) ?? progress.mentorshipId;
      }
    } finally {
      this.opening -= 1;
    }
    const matchStart = performance.now();
    this.matchStarts.push(matchStart);
    let closedAt = matchStart;
    let previousAtMs: number | undefined;
    for (const command of this.script.commands) {
      await this.timed(progress.mentorshipId!, matchStart + command.atMs, command, command.atMs !== previousAtMs);
      previousAtMs = command.atMs;
      if (command.closes) closedAt = performance.now();
    }
    await this.answerContinuation(progress.mentorshipId!, closedAt + this.script.continuation.atMs);
  }

  private async timed(mentorshipId: string, dueAt: number, command: TimedCommand, firstAtItsMoment: boolean): Promise<void> {
    await sleep(dueAt - performance.now());
    await this.command(
      () => this.client.send('POST', `/mentorships/${mentorshipId}/${command.path}`, command.body()),
      firstAtItsMoment ? dueAt : undefined,
    );
  }

  /**
   * Sent when the program asks, counted from the closure's answer (the
   * closure itself came a little before); when it answers that it has not
   * asked yet, its timer and this request crossed: again a day later.
   */
  private async answerContinuation(mentorshipId: string, dueAt: number): Promise<void> {
    const { continuation } = this.script;
    const day = Math.max(10, this.options.monthMs / 30);
    await sleep(dueAt - performance.now());
    for (let late = 0; ; late += 1) {
      const send = () => this.client.send('POST', `/mentorships/${mentorshipId}/${continuation.path}`, continuation.body(), [200, 409]);
      // A refusal is no command: it is not counted.
      const answer = await this.command(send, late === 0 ? dueAt : undefined, ({ status }) => status === 200);
      if (answer.status === 200) return;
      if (!/has not asked/.test(answer.body?.message) || late >= 30)
        throw new Error(`POST /mentorships/${mentorshipId}/continuation answered 409: ${answer.body?.message}`);
      this.continuationRetries += 1;
      await sleep(day);
    }
  }

  /** A POST in a request slot, counted as a command once acknowledged. */
  private command<T>(request: () => Promise<T>, dueAt?: number, acknowledged: (answer: T) => boolean = () => true): Promise<T> {
    return this.slots.run(async () => {
      if (dueAt !== undefined) {
        const now = performance.now();
        this.lateness.record(now - dueAt);
        this.recentLateness.record(now - dueAt, now);
      }
      const answer = await request();
      if (acknowledged(answer)) this.completions.push(performance.now());
      return answer;
    });
  }
}
