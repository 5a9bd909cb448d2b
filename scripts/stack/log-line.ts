/** Where a line came from: a process's standard output, or its error stream. */
export type Stream = 'stdout' | 'stderr';

/** pino's numbers, and the names other services (the Temporal server's slog, `level=WARN`) use for the same levels. */
const LEVELS: Record<string, number> = { trace: 10, debug: 20, info: 30, warn: 40, warning: 40, error: 50, fatal: 60, panic: 60 };
const NAMES: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };
/**
 * The least a line's level must be to reach the terminal: warnings while
 * running; while stopping only fatal ones, as each service then warns and
 * errs about the others going away (the Temporal server's "shard closed").
 */
export const TERMINAL_LEVEL = { running: LEVELS.warn, stopping: LEVELS.fatal } as const;

/**
 * What a person at the terminal sees of one log line, or undefined for a line
 * that only goes to the log file. A JSON line (pino's, the Temporal server's)
 * at `minimum` or above reads `warn api: message (detail)`, or
 * `warn temporal/frontend: ...` for a component of a service; a plain line is
 * shown only when a process writes it to its error stream, where a crash or a
 * refusal to start is told.
 */
export function readableLine(line: string, service: string, stream: Stream, minimum: number = TERMINAL_LEVEL.running): string | undefined {
  const text = line.trim();
  if (!text) return undefined;
  const entry = parseJson(text);
  if (!entry) return stream === 'stderr' ? `${service}: ${text}` : undefined;
  const level = levelOf(entry.level);
  if (level === undefined || level < minimum) return undefined;
  const message = oneLine(entry.message ?? entry.msg ?? '');
  const detail = detailOf(entry);
  const name = NAMES[Math.min(60, Math.floor(level / 10) * 10)];
  const from = typeof entry.service === 'string' && entry.service !== service ? `${service}/${entry.service}` : service;
  return `${name} ${from}: ${message}${detail ? ` (${detail})` : ''}`;
}

function parseJson(text: string): Record<string, unknown> | undefined {
  if (!text.startsWith('{')) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function levelOf(level: unknown): number | undefined {
  if (typeof level === 'number') return level;
  return typeof level === 'string' ? LEVELS[level.toLowerCase()] : undefined;
}

/** The error and which workflow it is about: what a person needs to find the rest in the log file. */
function detailOf(entry: Record<string, unknown>): string {
  const error = entry.error ?? entry.err;
  const errorText =
    typeof error === 'string'
      ? error
      : typeof error === 'object' && error !== null
        ? ((error as { message?: string; name?: string }).message ?? (error as { name?: string }).name)
        : undefined;
  const parts = [errorText && oneLine(String(errorText)), typeof entry.workflowId === 'string' && `workflow ${entry.workflowId}`].filter(
    Boolean,
  );
  return parts.join(', ');
}

const oneLine = (value: unknown): string =>
  String(value)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
