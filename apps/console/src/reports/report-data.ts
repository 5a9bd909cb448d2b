import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/api-error';
import type { ReportKind, ReportPeriod } from './report-types';

/** A report for the program and period, as JSON. */
export function useReport<T>(kind: ReportKind, period: ReportPeriod) {
  return useQuery({
    queryKey: ['report', kind, period],
    enabled: !!period.programId,
    queryFn: async () => unwrap(await api.GET('/reports/{kind}', { params: { path: { kind }, query: period } })) as unknown as T,
  });
}

/**
 * Where the API writes the report as a CSV file (a download with the session cookie): `;` with decimal commas for Excel set to
 * Danish, `,` for the rest; headers in the console's language.
 */
export function csvUrl(kind: ReportKind, period: ReportPeriod, separator: ',' | ';', language: string): string {
  const query = new URLSearchParams({ ...period, format: 'csv', separator, lang: language === 'en' ? 'en' : 'da' });
  return `/reports/${kind}?${query.toString()}`;
}
