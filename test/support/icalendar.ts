/** A property as read back: its name, its parameters, its value with TEXT escapes undone. */
export interface ParsedProperty {
  name: string;
  params: Record<string, string>;
  value: string;
}

export interface ParsedComponent {
  name: string;
  properties: ParsedProperty[];
  components: ParsedComponent[];
}

const NAME = /^[A-Za-z0-9-]+$/;
const UTC_DATE_TIME = /^\d{8}T\d{6}Z$/;
const DATE = /^\d{8}$/;

/**
 * A strict reader of what the feed must be (RFC 5545): CRLF line ends, no
 * physical line over 75 octets, folded lines unfolded, every BEGIN closed by
 * its END, a VCALENDAR with VERSION 2.0 and PRODID, and every VEVENT with a
 * UID, a UTC DTSTAMP and a DTSTART that is a date or a UTC time. Throws
 * naming the first thing wrong.
 */
export function parseCalendar(text: string): ParsedComponent {
  if (!text.endsWith('\r\n')) throw new Error('the feed must end with CRLF');
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    if (line.includes('\n') || line.includes('\r')) throw new Error(`a bare line break in ${JSON.stringify(line)}`);
    if (Buffer.byteLength(line, 'utf8') > 75) throw new Error(`a line over 75 octets: ${JSON.stringify(line)}`);
  }
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ') || line.startsWith('\t')) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  const stack: ParsedComponent[] = [{ name: '', properties: [], components: [] }];
  for (const line of logical) {
    const property = parseLine(line);
    const top = stack[stack.length - 1];
    if (property.name === 'BEGIN') {
      const component = { name: property.value, properties: [], components: [] };
      top.components.push(component);
      stack.push(component);
    } else if (property.name === 'END') {
      if (top.name !== property.value) throw new Error(`END:${property.value} closes ${top.name || 'nothing'}`);
      stack.pop();
    } else top.properties.push(property);
  }
  if (stack.length !== 1) throw new Error(`${stack[stack.length - 1].name} is never closed`);
  const [calendar] = stack[0].components;
  if (stack[0].components.length !== 1 || calendar.name !== 'VCALENDAR') throw new Error('the feed must be one VCALENDAR');
  if (valueOf(calendar, 'VERSION') !== '2.0' || !valueOf(calendar, 'PRODID')) throw new Error('VCALENDAR needs VERSION:2.0 and PRODID');
  for (const event of calendar.components.filter((component) => component.name === 'VEVENT')) checkEvent(event);
  return calendar;
}

export function valueOf(component: ParsedComponent, name: string): string | undefined {
  return component.properties.find((property) => property.name === name)?.value;
}

function checkEvent(event: ParsedComponent): void {
  if (!valueOf(event, 'UID')) throw new Error('a VEVENT without UID');
  if (!UTC_DATE_TIME.test(valueOf(event, 'DTSTAMP') ?? '')) throw new Error('a VEVENT without a UTC DTSTAMP');
  const start = event.properties.find((property) => property.name === 'DTSTART');
  if (!start) throw new Error('a VEVENT without DTSTART');
  const valid = start.params.VALUE === 'DATE' ? DATE.test(start.value) : UTC_DATE_TIME.test(start.value);
  if (!valid) throw new Error(`DTSTART ${start.value} is neither a DATE nor a UTC DATE-TIME`);
}

function parseLine(line: string): ParsedProperty {
  const colon = line.indexOf(':');
  if (colon < 1) throw new Error(`not a content line: ${JSON.stringify(line)}`);
  const [name, ...params] = line.slice(0, colon).split(';');
  if (!NAME.test(name)) throw new Error(`a bad property name: ${name}`);
  const raw = line.slice(colon + 1);
  const text = ['SUMMARY', 'DESCRIPTION', 'X-WR-CALNAME', 'PRODID', 'UID'].includes(name.toUpperCase());
  if (text && /(^|[^\\])(\\\\)*[;,]/.test(raw)) throw new Error(`an unescaped ; or , in ${name}`);
  return {
    name: name.toUpperCase(),
    params: Object.fromEntries(params.map((param) => param.split('=') as [string, string])),
    value: text ? raw.replace(/\\([\\;,nN])/g, (_match, char: string) => (char === 'n' || char === 'N' ? '\n' : char)) : raw,
  };
}
