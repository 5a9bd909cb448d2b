import type { LatencySummary } from '../measure/latencies';
import type { CpuPerItem } from '../measure/stack-cpu';
import type { OverloadFigures } from './overload-step';
import { MIXES } from './command-mix';
import { LoadStep, ProcessMemory, SCALE_TARGETS, ScaleFigures, slowestKind, StackMemory } from './scale-figures';

/**
 * The figures of one run as the tables a person reads: the run, its load steps, the latencies (each kind's p99 too), CPU,
 * memory, then the targets.
 */
export function scaleTable(figures: ScaleFigures): string {
  const { options, worker, mentors, opening, load, memory } = figures;
  const run = table(
    ['figure', 'value'],
    [
      ['open courses', `${opening.courses} (${mentors.count} mentors × ${mentors.capacity})`],
      [
        'worker cache',
        `${worker.maxCachedWorkflows} workflows; ` +
          `${worker.maxConcurrentWorkflowTaskExecutions} workflow tasks, ${worker.maxConcurrentActivityTaskExecutions} activities at once`,
      ],
      [
        'opening',
        `${opening.seconds} s, ${opening.coursesPerSecond} courses/s (${options.concurrency} in flight); ` +
          `failed ${opening.failed}, writes resent ${opening.resent}`,
      ],
      [
        'proposed, for answers',
        `${figures.proposing.courses} courses in ${figures.proposing.seconds} s; failed ${figures.proposing.failed}`,
      ],
      [
        'load',
        `${options.rates.join(', ')} commands/s, ${options.seconds} s each; ${options.mix}: ${MIXES[options.mix].join(', ')}` +
          (figures.notRun.length ? `; not run after a failed step: ${figures.notRun.join(', ')}/s` : ''),
      ],
      [
        'sustained',
        figures.sustainedRate === null
          ? `no step held (every kind's p99 ≤ ${SCALE_TARGETS.apiP99Ms} ms, no errors)`
          : `${figures.sustainedRate} commands/s with every kind's p99 ≤ ${SCALE_TARGETS.apiP99Ms} ms and no errors`,
      ],
    ],
  );
  const latencies = table(
    ['latency (ms)', 'count', 'p50', 'p95', 'p99', 'max'],
    [
      latencyRow('opening requests', opening.requests),
      ...load.flatMap((step) => [
        latencyRow(`${step.rate}/s, from schedule`, step.latencies),
        latencyRow(`${step.rate}/s, from send`, step.serviceTime),
      ]),
    ],
  );
  const steps = table(
    ['load step', 'sent/s', 'answered', 'errors', 'resent', 'client lag (ms)'],
    load.map((step) => [
      `${step.rate}/s for ${step.sent / step.rate} s`,
      String(step.sentPerSecond),
      String(step.answered),
      String(step.errors),
      String(step.resent),
      String(step.maxSendLagMs),
    ]),
  );
  const memoryTable = table(
    ['memory (MB, now / peak)', 'worker', 'API', 'dev server'],
    [
      memoryRow('after the start', memory.afterStart),
      memoryRow('after opening', memory.afterOpening),
      ...load.map((step) => memoryRow(`after ${step.rate}/s`, step.memoryAfter)),
    ],
  );
  const cpu = table(
    ['CPU (ms)', 'worker', 'API', 'dev server', 'client'],
    [
      cpuRow('per course opened', opening.cpuMsPerCourse),
      ...load.map((step) => cpuRow(`per command at ${step.rate}/s`, step.cpuMsPerMeeting)),
    ],
  );
  const aboveCapacity = overloadTable(figures.overload, figures.shedding);
  const targets = table(
    ['target', 'measured', 'verdict'],
    figures.targets.map(({ target, measured, verdict }) => [target, measured, verdict]),
  );
  return [run, steps, latencies, kindTable(load), aboveCapacity, cpu, memoryTable, targets].join('\n\n');
}

/** Each kind's p99 from schedule at each rate, with how many of it were answered of those sent, and the slowest kind. */
function kindTable(load: LoadStep[]): string {
  const kinds = [...new Set(load.flatMap((step) => Object.keys(step.byKind ?? {})))];
  return table(
    ['p99 by kind (ms, answered/sent)', ...kinds, 'slowest'],
    load.map((step) => [
      `${step.rate}/s, from schedule`,
      ...kinds.map((kind) => {
        const figures = step.byKind?.[kind as keyof typeof step.byKind];
        return figures ? `${figures.latencies.p99} (${figures.answered}/${figures.sent})` : '-';
      }),
      slowestKind(step).kind,
    ]),
  );
}

/** The step above capacity: how much was shed, how fast a refusal came, and how soon latency was back. */
function overloadTable(overload: OverloadFigures, shedding: ScaleFigures['shedding']): string {
  const { recovery } = overload;
  const ms = ({ p50, p99, max }: LatencySummary) => `p50 ${p50}, p99 ${p99}, max ${max}`;
  return table(
    ['above capacity', 'measured'],
    [
      ['step', `${overload.rate}/s for ${overload.seconds} s, each sent once: ${overload.sent} sent`],
      ['API bounds', `${shedding.maxInFlight || 'no bound on'} requests at work, event-loop lag ${shedding.shedEventLoopLag}`],
      ['served', `${overload.served}; ${ms(overload.servedLatency)} ms from send`],
      [
        'shed (503 engine-busy)',
        `${overload.shed} (${overload.shedPercent} %), ${overload.shedWithRetryAfter} with Retry-After; ${ms(overload.shedLatency)} ms`,
      ],
      ['other errors', overload.otherErrors ? `${overload.otherErrors}, e.g. ${overload.firstErrors[0]}` : '0'],
      ['most requests outstanding', String(overload.mostOutstanding)],
      ...(overload.cpuMsPerRequest
        ? [['CPU per request sent, ms (worker, API, dev server, client)', cpuCells(overload.cpuMsPerRequest).join(', ')]]
        : []),
      [
        `back to p99 ≤ ${SCALE_TARGETS.apiP99Ms} ms at ${recovery.rate}/s`,
        recovery.backToTargetSeconds === null
          ? `not within ${recovery.seconds} s`
          : `after ${recovery.backToTargetSeconds} s (the rest of ${recovery.seconds} s together)`,
      ],
    ],
  );
}

function latencyRow(name: string, { count, p50, p95, p99, max }: LatencySummary): string[] {
  return [name, String(count), String(p50), String(p95), String(p99), String(max)];
}

function cpuRow(name: string, cpu: CpuPerItem): string[] {
  return [name, ...cpuCells(cpu)];
}

function cpuCells({ worker, api, devServer, client }: CpuPerItem): string[] {
  return [worker, api, devServer, client].map((ms) => (ms === null ? '-' : String(ms)));
}

function memoryRow(name: string, stack: StackMemory): string[] {
  const cell = (process: ProcessMemory | null) => (process ? `${process.rssMb} / ${process.peakRssMb}` : '-');
  return [name, cell(stack.worker), cell(stack.api), cell(stack.devServer)];
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
