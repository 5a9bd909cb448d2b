import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig } from '../../libs/config/load-config';
import { FAST_START_POLICY } from '../../scripts/stack/fast-start-policy';
import { BenchClient } from '../api-client';
import { BenchStack } from '../bench-stack';
import { prepareProgram, proposeCourse } from '../courses';
import { meetingToday, pickOne } from '../log-meeting';
import { processMemoryMb } from '../measure/process-memory';
import { writeResults } from '../results';
import { workerCacheEnv } from '../worker-cache';
import { kindAt, MIXES, mixNeeds } from './command-mix';
import { CommandTargets, courseCommands } from './course-commands';
import { openCourses } from './open-courses';
import { runOpenLoop } from './open-loop';
import { OverloadAnswer, runOverloadStep } from './overload-step';
import { cpuMeter } from '../measure/stack-cpu';
import { judgeTargets, LoadStep, ScaleFigures, slowestKind, StackMemory, sustainedRate } from './scale-figures';
import { parseScaleArgs, ScaleOptions } from './scale-options';
import { scaleTable } from './scale-table';

/** Mentees per mentor: many mentors with a few courses each, as a program has, rather than one mentor with thousands. */
const MENTOR_CAPACITY = 20;
/** Failures quoted in the results; the count says how many there were. */
const QUOTED_ERRORS = 5;
/**
 * A review point a second into every course (besides PIFT's at six months) when the mix sends reviews: a course is reviewed
 * only at a point reached and not yet held, and none of PIFT's is reached in a run. So each course has one review due, as a
 * course at its six months has. The policy refuses a point at 0; the load waits out that second after the last course opened.
 */
const REVIEW_AT_ONCE = { at: '1s', ms: 1000 };

/**
 * `./mentorflow bench scale ...`: prints the figures and where they were written; fails when any course or command failed, after writing
 * them.
 */
export async function runScaleBenchmark(args: string[]): Promise<void> {
  const options = parseScaleArgs(args, loadConfig().temporal.worker.maxCachedWorkflows);
  const { figures, file } = await measureScale(options, (line) => console.log(line));
  console.log(`\n${scaleTable(figures)}\n\nresults: ${file}`);
  if (figures.opening.failed > 0)
    throw new Error(`${figures.opening.failed} of ${options.open} courses failed to open, e.g. ${figures.opening.firstFailures[0]}`);
  if (figures.proposing.failed > 0)
    throw new Error(`${figures.proposing.failed} courses failed to reach their proposal, e.g. ${figures.proposing.firstFailures[0]}`);
  const failed = figures.load.find((step) => step.errors > 0);
  if (failed) throw new Error(`${failed.errors} of ${failed.sent} commands at ${failed.rate}/s failed, e.g. ${failed.firstErrors[0]}`);
}

/**
 * Opens `options.open` courses on one worker whose cache holds far fewer,
 * leaves them all open (the policy's durations are real months), and enough more up to their match proposal for the load's
 * answers; then sends the options' mix of a course's commands on courses picked at random, at each rate in turn: those the
 * course's workflow must take (a missed meeting, a measurement, a review, an answer) mostly land on a workflow the worker has
 * evicted and must replay, which is what the cache bound costs. Then a step above capacity (meetings), where the API sheds what it
 * cannot take, and the load falls back to see it recover. Memory is read after each phase (after the start, too: the
 * worker's fixed cost, its workflow bundle included); the results file is written
 * to `resultsDir` (bench/results by default).
 */
export async function measureScale(
  options: ScaleOptions,
  say: (line: string) => void,
  resultsDir?: string,
): Promise<{ figures: ScaleFigures; file: string }> {
  const env = workerCacheEnv(options.cache);
  say(`starting the stack: one worker caching ${options.cache} workflows`);
  const stack = await BenchStack.start({ workers: 1, env });
  try {
    const afterStart = stackMemory(stack);
    const needs = mixNeeds(options.mix, options.rates, options.seconds);
    // Each proposal takes two answers; a proposed course holds a slot of its mentor's as an active one does.
    const proposedCount = Math.ceil(needs.answers / 2);
    const mentorCount = Math.ceil((options.open + proposedCount) / MENTOR_CAPACITY);
    say(`preparing a program with ${mentorCount} mentors of ${MENTOR_CAPACITY} mentees each`);
    const reviews = needs.reviews ? { at: [REVIEW_AT_ONCE.at, ...FAST_START_POLICY.reviews.at] } : FAST_START_POLICY.reviews;
    const policy = { ...FAST_START_POLICY, mentors: { ...FAST_START_POLICY.mentors, capacity: MENTOR_CAPACITY }, reviews };
    const asCoordinator = (coordinatorId: string) => new BenchClient(stack.apiUrl, stack.token('coordinator', coordinatorId));
    const program = await prepareProgram(new BenchClient(stack.apiUrl, stack.token('program-admin')), asCoordinator, policy, mentorCount);
    const token = stack.token('coordinator', program.coordinatorId);

    say(`opening ${options.open} courses, ${options.concurrency} at a time`);
    const openingClient = new BenchClient(stack.apiUrl, token);
    const openingCpu = cpuMeter(stack.processes());
    const opened = await openCourses(
      openingClient,
      program,
      options.open,
      options.concurrency,
      everyTenth(options.open, (done) => say(`  ${done} done`)),
    );
    const lastOpenedAt = performance.now();
    const cpuMsPerCourse = openingCpu.perItem(opened.mentorshipIds.length);
    const afterOpening = stackMemory(stack);

    if (proposedCount) say(`opening ${proposedCount} more courses up to their match proposal, for the load's answers`);
    const proposingClient = new BenchClient(stack.apiUrl, token);
    const proposed = await openCourses(proposingClient, program, proposedCount, options.concurrency, undefined, {
      open: proposeCourse,
      firstMentor: options.open,
    });

    await sleep(Math.max(0, lastOpenedAt + REVIEW_AT_ONCE.ms - performance.now()));
    const targets = { active: opened.mentorshipIds, proposed: proposed.mentorshipIds };
    const steps = await runLoadSteps(stack, token, targets, options, say);
    const recoveryRate = options.rates[0];
    say(`above capacity: ${options.overload} meetings a second for ${options.seconds} s, each sent once; then ${recoveryRate}/s`);
    const overload = await runOverloadStep(
      { rate: options.overload, seconds: options.seconds, recoveryRate, recoverySeconds: options.recovery },
      () => logMeetingOnce(stack.apiUrl, token, pickOne(opened.mentorshipIds)),
      () => cpuMeter(stack.processes()),
    );
    const back = overload.recovery.backToTargetSeconds === null ? 'not yet' : `after ${overload.recovery.backToTargetSeconds} s`;
    say(`  shed ${overload.shedPercent} %, 503 p99 ${overload.shedLatency.p99} ms, back to target ${back}`);

    const figures: ScaleFigures = {
      options,
      worker: stack.config.temporal.worker,
      shedding: { maxInFlight: stack.config.api.maxInFlight, shedEventLoopLag: stack.config.api.shedEventLoopLag },
      mentors: { count: mentorCount, capacity: MENTOR_CAPACITY },
      opening: {
        courses: opened.mentorshipIds.length,
        seconds: opened.seconds,
        coursesPerSecond: opened.coursesPerSecond,
        failed: opened.failed,
        firstFailures: opened.firstFailures,
        resent: openingClient.resent,
        requests: openingClient.latencies.summary(),
        cpuMsPerCourse,
      },
      proposing: {
        courses: proposed.mentorshipIds.length,
        seconds: proposed.seconds,
        failed: proposed.failed,
        firstFailures: proposed.firstFailures,
        requests: proposingClient.latencies.summary(),
      },
      load: steps,
      notRun: options.rates.filter((rate) => !steps.some((step) => step.rate === rate)),
      sustainedRate: sustainedRate(steps),
      overload,
      memory: { afterStart, afterOpening },
      targets: judgeTargets(options, steps, steps.at(-1)?.memoryAfter.worker?.peakRssMb ?? afterOpening.worker?.peakRssMb),
    };
    return { figures, file: writeResults('scale', figures, resultsDir) };
  } finally {
    await stack.stop();
  }
}

/**
 * One open-loop step per rate, lowest first, each waiting for its last answer
 * before the next begins. A step with errors ends the load: past that rate the
 * stack is only working off its backlog, and a higher rate measures the pile-up.
 */
async function runLoadSteps(
  stack: BenchStack,
  token: string,
  targets: CommandTargets,
  options: ScaleOptions,
  say: (line: string) => void,
): Promise<LoadStep[]> {
  const steps: LoadStep[] = [];
  const send = courseCommands(targets);
  const kindOf = (index: number) => kindAt(options.mix, index);
  for (const rate of options.rates) {
    say(`sending ${rate} commands a second (${MIXES[options.mix].join(', ')}) on random courses for ${options.seconds} s`);
    const client = new BenchClient(stack.apiUrl, token);
    const cpu = cpuMeter(stack.processes());
    const { failures, ...loop } = await runOpenLoop(rate, options.seconds, (index) => send(client, kindOf(index)), undefined, kindOf);
    const step: LoadStep = {
      rate,
      ...loop,
      errors: failures.length,
      firstErrors: failures.slice(0, QUOTED_ERRORS),
      resent: client.resent,
      serviceTime: client.latencies.summary(),
      cpuMsPerMeeting: cpu.perItem(loop.answered),
      memoryAfter: stackMemory(stack),
    };
    steps.push(step);
    const slowest = slowestKind(step);
    say(`  p99 ${step.latencies.p99} ms (slowest: ${slowest.kind} ${slowest.p99} ms), ${step.errors} errors`);
    if (step.errors > 0) break;
  }
  return steps;
}

/** The same meeting sent once, without BenchClient's resends: a 503 is what the step above capacity counts. */
async function logMeetingOnce(apiUrl: string, token: string, mentorshipId: string): Promise<OverloadAnswer> {
  const response = await fetch(`${apiUrl}/mentorships/${mentorshipId}/meetings`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
    body: JSON.stringify(meetingToday()),
  });
  const body = (await response.json().catch(() => undefined)) as { code?: string } | undefined;
  return { status: response.status, code: body?.code, retryAfter: response.headers.get('Retry-After') };
}

function stackMemory(stack: BenchStack): StackMemory {
  return {
    worker: processMemoryMb(stack.workers[0].pid) ?? null,
    api: processMemoryMb(stack.api.pid) ?? null,
    devServer: processMemoryMb(stack.devServerPid) ?? null,
  };
}

/** Calls `report` at each tenth of `total`, so a long opening shows it is moving. */
function everyTenth(total: number, report: (done: number) => void): (done: number) => void {
  const step = Math.max(1, Math.round(total / 10));
  return (done) => {
    if (done % step === 0 || done === total) report(done);
  };
}
