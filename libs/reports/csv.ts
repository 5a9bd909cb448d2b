export type CsvCell = string | number | null | undefined;

/**
 * RFC 4180 CSV: CRLF line ends, a header row, and a field quoted when it holds
 * a comma, a quote, or a line break (quotes doubled). Empty for null. A field
 * a spreadsheet would run as a formula (=, +, -, @, a tab or a carriage return
 * first) is prefixed with an apostrophe, so a report cannot carry one (numbers are written as numbers).
 */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

function field(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return String(cell);
  const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
