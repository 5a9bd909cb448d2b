import { parseCalendar, valueOf } from '../../test/support/icalendar';
import { escapeText, fold, utcDateTime, writeCalendar } from './icalendar';

const NOW = new Date('2026-12-05T03:30:15.123Z');

describe('the iCalendar writer', () => {
  it('escapes backslash, semicolon, comma and line breaks in text', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets with a leading space, never cutting a character in two', () => {
    const line = `SUMMARY:${'æøå'.repeat(40)}`;
    const folded = fold(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const [index, part] of folded.entries()) {
      expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
      if (index > 0) expect(part.startsWith(' ')).toBe(true);
    }
    expect(folded.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
    expect(fold('SHORT:x')).toBe('SHORT:x');
  });

  it('writes UTC times with Z and no fractions', () => {
    expect(utcDateTime(NOW)).toBe('20261205T033015Z');
  });

  it('writes a calendar a strict reader takes back, whole', () => {
    const description = 'Tid til et møde; se forløbet, og log det bagefter.\nLinjeskift';
    const text = writeCalendar(
      {
        productId: '-//Mentorflow//Mentor feed//DA',
        name: 'Mentorflow: mine forløb',
        events: [
          {
            uid: 'a@mentorflow',
            summary: 'Møde med din unge',
            description,
            url: 'https://x.dk/mentorships/1',
            start: { date: '2026-12-31' },
          },
          { uid: 'b@mentorflow', summary: 'Gruppemøde, sparring', start: { at: new Date('2027-01-04T16:00:00Z'), minutes: 90 } },
        ],
      },
      NOW,
    );
    const calendar = parseCalendar(text);
    const [allDay, timed] = calendar.components;
    expect(valueOf(calendar, 'X-WR-CALNAME')).toBe('Mentorflow: mine forløb');
    expect([valueOf(allDay, 'DTSTART'), valueOf(allDay, 'DTEND'), valueOf(allDay, 'DESCRIPTION')]).toEqual([
      '20261231',
      '20270101',
      description,
    ]);
    expect([valueOf(timed, 'DTSTART'), valueOf(timed, 'DTEND'), valueOf(timed, 'SUMMARY')]).toEqual([
      '20270104T160000Z',
      '20270104T173000Z',
      'Gruppemøde, sparring',
    ]);
    expect(valueOf(allDay, 'DTSTAMP')).toBe('20261205T033015Z');
  });

  it('is refused by the reader when it is not iCalendar, so the reader can fail', () => {
    expect(() => parseCalendar('BEGIN:VCALENDAR\nEND:VCALENDAR\r\n')).toThrow('bare line break');
    expect(() => parseCalendar('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n')).toThrow('closes VEVENT');
    expect(() =>
      parseCalendar('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:1\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n'),
    ).toThrow('DTSTAMP');
  });
});
