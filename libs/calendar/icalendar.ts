/**
 * A small iCalendar (RFC 5545) writer for read-only feeds: a VCALENDAR of
 * VEVENTs, each an all-day event or a timed one in UTC. It does what a feed
 * needs to be read everywhere: text escaped (§3.3.11), lines folded at 75
 * octets without splitting a UTF-8 character (§3.1), CRLF line ends, UTC
 * times written with "Z" (§3.3.5), and the required UID and DTSTAMP.
 */

export interface CalendarEvent {
  /** Stable across feeds, so a calendar updates the event instead of adding another. */
  uid: string;
  summary: string;
  description?: string;
  url?: string;
  /** An all-day event on this day (YYYY-MM-DD), or a timed one from this instant for `minutes`. */
  start: { date: string } | { at: Date; minutes: number };
}

export interface Calendar {
  /** PRODID: who made the feed. */
  productId: string;
  /** X-WR-CALNAME: what calendar apps call it. */
  name: string;
  events: CalendarEvent[];
}

const MAX_LINE_OCTETS = 75;

/** The feed as text, CRLF-terminated lines. */
export function writeCalendar(calendar: Calendar, now: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(calendar.productId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...calendar.events.flatMap((event) => eventLines(event, now)),
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

function eventLines(event: CalendarEvent, now: Date): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(event.uid)}`, `DTSTAMP:${utcDateTime(now)}`];
  if ('date' in event.start) {
    const day = event.start.date.replaceAll('-', '');
    lines.push(`DTSTART;VALUE=DATE:${day}`, `DTEND;VALUE=DATE:${basicDate(nextDay(event.start.date))}`);
  } else {
    const end = new Date(event.start.at.getTime() + event.start.minutes * 60_000);
    lines.push(`DTSTART:${utcDateTime(event.start.at)}`, `DTEND:${utcDateTime(end)}`);
  }
  lines.push(`SUMMARY:${escapeText(event.summary)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  // A URI value is not TEXT: it is written as it is, only folded.
  if (event.url) lines.push(`URL:${event.url}`);
  lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  return lines;
}

/** TEXT values: backslash, semicolon and comma escaped, line breaks as "\n" (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A content line longer than 75 octets goes on in lines that begin with one space; a character is never cut in two. */
export function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // Continuation lines carry the leading space within their 75 octets.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** 19970714T173000Z. */
export function utcDateTime(moment: Date): string {
  return moment
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function basicDate(date: string): string {
  return date.replaceAll('-', '');
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
