import type { CpuPerItem } from '../measure/stack-cpu';
import type { CohortFigures } from './run-cohort';

type Row = [label: string, value: string | number];

/** Cells longer than this do not set their column's width. */
const ALIGNED_UP_TO = 40;

/** The figures as a reader wants them at the end of a run: one per line, units in the label. */
export function cohortTable(figures: CohortFigures): string {
  const rows = cohortRows(figures);
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join('\n');
}

/**
 * Runs of the same benchmark side by side, one column each under its title
 * (the dev server's, the cluster's), the labels of the first run down the
 * left. Every run has the same rows, so a line reads across.
 */
export function cohortComparison(runs: Array<{ title: string; figures: CohortFigures }>): string {
  return sideBySide(
    runs.map(({ title }) => title),
    runs.map(({ figures }) => cohortRows(figures)),
  );
}

export function sideBySide(titles: string[], columns: Row[][]): string {
  const labels = columns[0].map(([label]) => label);
  const cells = columns.map((rows) => rows.map(([, value]) => String(value)));
  const labelWidth = Math.max(...labels.map((label) => label.length));
  // A long list (workflows by type, nudges by kind) runs on past its column rather than push every other line apart.
  const widths = titles.map((title, column) =>
    Math.max(title.length, ...cells[column].filter((cell) => cell.length <= ALIGNED_UP_TO).map((cell) => cell.length)),
  );
  const line = (label: string, values: string[]) =>
    `  ${label.padEnd(labelWidth)}  ${values.map((value, column) => value.padEnd(widths[column])).join('  ')}`.trimEnd();
  return [
    line('', titles),
    ...labels.map((label, row) =>
      line(
        label,
        cells.map((column) => column[row]),
      ),
    ),
  ].join('\n');
}

function cohortRows(figures: CohortFigures): Row[] {
  const { options, cohort, memory, ceiling } = figures;
  return [
    ['mentorships (completed / asked)', `${cohort.completed} / ${options.mentorships}`],
    ['workers, concurrency, month', `${options.workers}, ${options.concurrency}, ${options.month}`],
    ['mentorships started/s', `${cohort.mentorshipsPerSecond} (over ${cohort.admissionWindowS} s)`],
    [
      'admission held for the engine, s',
      `${cohort.admissionHeldS}${cohort.admissionHeldS === 0 ? " (never at capacity: the ratio below is not the engine's)" : ''}`,
    ],
    ['commands', cohort.commands.count],
    ['commands/s sustained (10–90 %)', `${cohort.commands.perSecondSustained} (over ${cohort.commands.sustainedSpanS} s)`],
    ['commands/s overall', cohort.commands.perSecondOverall],
    [
      'API latency p50 / p95 / p99 / max, ms',
      `${cohort.latencyMs.p50} / ${cohort.latencyMs.p95} / ${cohort.latencyMs.p99} / ${cohort.latencyMs.max}`,
    ],
    ['lateness p50 / p95 / max, ms', `${cohort.latenessMs.p50} / ${cohort.latenessMs.p95} / ${cohort.latenessMs.max}`],
    ['continuation answers sent early', cohort.continuationRetries],
    ['commands sent again after a 503', cohort.resent],
    [
      'history events per mentorship, mean / max',
      `${cohort.history.events.mean} / ${cohort.history.events.max} (${cohort.history.sampled} sampled)`,
    ],
    ['runs per mentorship, mean / max', `${cohort.history.runs.mean} / ${cohort.history.runs.max}`],
    ["all workflows' events per mentorship", cohort.engine.eventsPerCourse],
    ['workflows (events), by type', workflowCounts(cohort.engine.byType)],
    ['nudges raised, by kind', counts(cohort.nudgesByKind)],
    ['nudges left open until reported, by kind', counts(cohort.nudgesIgnoredByKind)],
    ['nudges by how they ended', counts(cohort.nudgesEndedBy)],
    ['escalations raised, by reason', counts(cohort.escalationsByReason)],
    ['CPU ms per command: Temporal, worker, API, client', cpu(cohort.cpuMsPerCommand)],
    ['worker peak RSS, MB', memory.workersPeakRssMb.join(', ')],
    ['API peak RSS, MB', memory.apiPeakRssMb ?? '?'],
    ['benchmark peak RSS, MB', memory.benchPeakRssMb ?? '?'],
    ['cohort wall time, s', cohort.wallTimeS],
    ['ceiling: workflows, updates (completed)', `${ceiling.workflows}, ${ceiling.updates} (${ceiling.completed})`],
    ['ceiling commands/s sustained', ceiling.commands.perSecondSustained],
    ['ceiling latency p50 / p95 / p99, ms', `${ceiling.latencyMs.p50} / ${ceiling.latencyMs.p95} / ${ceiling.latencyMs.p99}`],
    ['ceiling worker peak RSS, MB', ceiling.workersPeakRssMb.join(', ')],
    [
      'ceiling CPU ms per command: Temporal, worker, client',
      `${ceiling.cpuMsPerCommand.devServer ?? '?'}, ${ceiling.cpuMsPerCommand.worker ?? '?'}, ${ceiling.cpuMsPerCommand.client ?? '?'}`,
    ],
    ['cohort ÷ ceiling (target ≥ 0.7)', figures.ratio],
    ['benchmark wall time, s', figures.wallTimeS],
  ];
}

const cpu = ({ devServer, worker, api, client }: CpuPerItem) => [devServer, worker, api, client].map((ms) => ms ?? '?').join(', ');
const counts = (byName: Record<string, number>) =>
  Object.entries(byName)
    .map(([name, count]) => `${name} ${count}`)
    .join(', ') || 'none';
const workflowCounts = (byType: CohortFigures['cohort']['engine']['byType']) =>
  Object.entries(byType)
    .sort(([, a], [, b]) => b.events - a.events)
    .map(([type, { workflows, events }]) => `${type} ${workflows} (${events})`)
    .join(', ');
