import { parseArgs } from 'node:util';
import { REPORT_KINDS, ReportKind } from '../libs/reports/reports';
import { REPORTED_INSTRUMENTS, ReportedInstrument } from '../libs/reports/well-being-report';

export interface ReportRequest {
  kind: ReportKind;
  programSlug: string;
  from?: string;
  to?: string;
  municipalityId?: string;
  instrument: ReportedInstrument;
  csv: boolean;
}

export const REPORT_USAGE =
  `usage: ./mentorflow report ${REPORT_KINDS.join('|')} --program SLUG [--from YYYY-MM-DD] [--to YYYY-MM-DD] ` +
  `[--municipality ID] [--instrument ${REPORTED_INSTRUMENTS.join('|')}] [--csv]`;

/** The operator's command line, or the problems with it (each a sentence). */
export function parseReportArgs(argv: string[]): { request: ReportRequest } | { problems: string[] } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        program: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        municipality: { type: 'string' },
        instrument: { type: 'string', default: 'who5' },
        csv: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return { problems: [(error as Error).message] };
  }
  const { values, positionals } = parsed;
  const problems: string[] = [];
  const [kind] = positionals;
  if (!REPORT_KINDS.includes(kind as ReportKind))
    problems.push(`the report must be one of ${REPORT_KINDS.join(', ')}${kind ? `, not ${kind}` : ''}`);
  if (positionals.length > 1) problems.push(`one report at a time: ${positionals.slice(1).join(' ')} is extra`);
  if (!values.program) problems.push('--program SLUG is required');
  for (const name of ['from', 'to'] as const) {
    if (values[name] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values[name]!)) problems.push(`--${name} must be a date, YYYY-MM-DD`);
  }
  if (!REPORTED_INSTRUMENTS.includes(values.instrument as ReportedInstrument))
    problems.push(`--instrument must be one of ${REPORTED_INSTRUMENTS.join(', ')}`);
  if (problems.length > 0) return { problems };
  return {
    request: {
      kind: kind as ReportKind,
      programSlug: values.program!,
      from: values.from,
      to: values.to,
      municipalityId: values.municipality,
      instrument: values.instrument as ReportedInstrument,
      csv: values.csv!,
    },
  };
}
