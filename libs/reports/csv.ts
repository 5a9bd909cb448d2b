export type CsvCell = string | number | null | undefined;

/**
 * How a CSV file is written for the spreadsheet that opens it: Excel set to Danish splits on `;` and reads `0,5` as a number, so
 * `;` comes with a decimal comma; `,` (RFC 4180) with a decimal point.
 */
export interface CsvDialect {
  separator: ',' | ';';
}

export const RFC_4180: CsvDialect = { separator: ',' };

/**
 * CSV: CRLF line ends, a header row, and a field quoted when it holds the
 * separator, a quote, or a line break (quotes doubled). Empty for null. A field
 * a spreadsheet would run as a formula (=, +, -, @, a tab or a carriage return
 * first) is prefixed with an apostrophe, so a report cannot carry one (numbers are written as numbers).
 */
export function toCsv(header: string[], rows: CsvCell[][], dialect: CsvDialect = RFC_4180): string {
  return [header, ...rows].map((row) => row.map((cell) => field(cell, dialect)).join(dialect.separator)).join('\r\n') + '\r\n';
}

function field(cell: CsvCell, { separator }: CsvDialect): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return separator === ';' ? String(cell).replace('.', ',') : String(cell);
  const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /["\r\n]/.test(safe) || safe.includes(separator) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
