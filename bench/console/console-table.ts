import type { LatencySummary } from '../measure/latencies';
import type { ConsoleFigures } from './console-figures';
import type { RenderFigures } from './render-timing';
import type { ConsoleReads } from './timed-reads';

const NAME_WIDTH = 44;
const CELL_WIDTH = 8;

/** The reads idle and, beside them, under load, each against the target p95; the commands' own figures; the plans; the browser's. */
export function consoleTable(figures: ConsoleFigures): string {
  const { options, underLoad } = figures;
  const rounds: { label: string; reads: ConsoleReads }[] = [{ label: 'idle', reads: figures }];
  if (underLoad) rounds.push({ label: `${underLoad.rate}/s`, reads: underLoad });
  const verdict = (summary: LatencySummary) => (summary.p95 <= figures.targetP95Ms ? 'met   ' : 'MISSED');
  const row = (name: string, read: (reads: ConsoleReads) => LatencySummary) =>
    `| ${name.padEnd(NAME_WIDTH)} | ${rounds
      .map(({ reads }) => [...percentiles(read(reads)).map(cell), verdict(read(reads))].join(' | '))
      .join(' | ')} |`;
  const header = rounds.map(({ label }) => [...['p50', 'p95', 'p99', 'max'].map((p) => cell(`${label} ${p}`)), 'target'].join(' | '));
  const plans = [...figures.plans.coordinator, ...figures.plans.municipal];
  const sequential = plans.filter((plan) => plan.sequentialOnLarge.length > 0);
  return [
    `${options.courses} open courses in the read models, ${options.live} live ones on a worker caching ${options.cache} workflows; ` +
      `${options.requests} requests each, one at a time, in ms; target p95 ≤ ${figures.targetP95Ms} ms`,
    underLoad
      ? `${underLoad.rate}/s: the same reads while ${underLoad.rate} meetings a second are logged on random live courses (an open loop)`
      : 'no loaded round (--load 0)',
    '',
    `| ${'read'.padEnd(NAME_WIDTH)} | ${header.join(' | ')} |`,
    `| ${'-'.repeat(NAME_WIDTH)} | ${rounds.map(() => [...Array(4).fill('-'.repeat(CELL_WIDTH)), '------'].join(' | ')).join(' | ')} |`,
    row('GET /today, coordinator of 2 of 4 programs', (reads) => reads.today.coordinator),
    row('GET /today, municipal coordinator', (reads) => reads.today.municipal),
    row('GET /mentorships (the courses list)', (reads) => reads.coursesList),
    row('GET /escalations (their page: the open ones)', (reads) => reads.escalationsList.open),
    row('GET /escalations?status=resolved', (reads) => reads.escalationsList.resolved),
    row('course page (state and meetings together)', (reads) => reads.coursePage.page),
    row('  GET /mentorships/{id} (its workflow)', (reads) => reads.coursePage.state),
    row('  GET /mentorships/{id}/meetings', (reads) => reads.coursePage.meetings),
    refusedLine(rounds),
    ...(underLoad ? ['', commandsLine(underLoad)] : []),
    '',
    `the coordinator's counts: ${Object.entries(figures.today.counts)
      .map(([kind, count]) => `${kind} ${count}`)
      .join(', ')}`,
    `Today queries (EXPLAIN ANALYZE, both coordinators): slowest ${Math.max(...plans.map((plan) => plan.executionMs))} ms; ${
      sequential.length === 0
        ? 'every large table read by index'
        : `read whole: ${sequential.map((plan) => `${plan.kind} (${plan.sequentialOnLarge.join(', ')})`).join('; ')}`
    }`,
    '',
    renderTable(figures.render),
  ].join('\n');
}

function commandsLine({ rate, seconds, commands }: NonNullable<ConsoleFigures['underLoad']>): string {
  const failed = commands.errors > 0 ? `, e.g. ${commands.firstErrors[0]}` : '';
  const sent = `${commands.sent} sent (${commands.sentPerSecond}/s of ${rate})`;
  return (
    `meetings logged during the loaded round (${seconds} s): ${sent}, ` +
    `${commands.answered} answered, ${commands.resent} resent, ${commands.errors} failed${failed}; ` +
    `from when each was due p50/p95/p99/max ${percentiles(commands).join('/')} ms`
  );
}

function renderTable(render: RenderFigures): string {
  const row = (name: string, summary: LatencySummary) =>
    `| ${name.padEnd(NAME_WIDTH)} | ${[summary.p50, summary.p95, summary.max].map((ms) => String(ms).padStart(7)).join(' | ')} | ${
      summary.p95 <= render.targetMs ? 'met   ' : 'MISSED'
    } |`;
  return [
    `in Chromium, ${render.loads} loads each, a fresh browser context each: time to content visible, target p95 ≤ ${render.targetMs} ms`,
    '',
    `| ${'page'.padEnd(NAME_WIDTH)} |  p50 ms |  p95 ms |  max ms | target |`,
    `| ${'-'.repeat(NAME_WIDTH)} | ------- | ------- | ------- | ------ |`,
    row('Today (/), coordinator of 2 of 4 programs', render.today),
    row('course page (/mentorships/{id})', render.coursePage),
    '',
    `first-load JS: ${render.firstLoadJsKiB} KiB gzipped (target ≤ ${render.firstLoadJsTargetKb} KB): ${
      render.firstLoadJsKiB * 1.024 <= render.firstLoadJsTargetKb ? 'met' : 'MISSED'
    }`,
  ].join('\n');
}

function percentiles(summary: LatencySummary): number[] {
  return [summary.p50, summary.p95, summary.p99, summary.max];
}

function cell(value: number | string): string {
  return String(value).padStart(CELL_WIDTH);
}

function refusedLine(rounds: { label: string; reads: ConsoleReads }[]): string {
  const counts = rounds.map(({ label, reads }) => `${label} ${reads.refused}`).join(', ');
  return `reads turned away (503 engine-busy, left out of the figures): ${counts}`;
}
