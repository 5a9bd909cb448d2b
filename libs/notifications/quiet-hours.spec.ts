import { deliverableFrom, nextLocalTime } from './quiet-hours';

const CPH = 'Europe/Copenhagen';
const NIGHT = { from: '21:00', to: '07:00' };
const LUNCH = { from: '12:00', to: '13:00' };
const at = (iso: string) => new Date(iso);

describe('deliverableFrom', () => {
  describe('a window across midnight (21:00–07:00) in Copenhagen winter time (UTC+1)', () => {
    it.each([
      ['in the afternoon', '2025-01-15T14:00:00Z'],
      ['at 07:00 sharp, when the window has just ended', '2025-01-15T06:00:00Z'],
      ['a second before 21:00', '2025-01-15T19:59:59Z'],
    ])('sends at once %s', (_, now) => {
      expect(deliverableFrom(at(now), NIGHT, CPH)).toEqual(at(now));
    });

    it.each([
      ['at 21:00 sharp', '2025-01-15T20:00:00Z'],
      ['late in the evening', '2025-01-15T22:30:00Z'],
      ['just before local midnight', '2025-01-15T22:59:59.500Z'],
    ])('holds a mail %s until 07:00 the next morning', (_, now) => {
      expect(deliverableFrom(at(now), NIGHT, CPH)).toEqual(at('2025-01-16T06:00:00Z'));
    });

    it.each([
      ['just after local midnight', '2025-01-15T23:00:00Z'],
      ['in the small hours', '2025-01-16T02:15:00Z'],
      ['a second before 07:00', '2025-01-16T05:59:59Z'],
    ])('holds a mail %s until 07:00 the same morning', (_, now) => {
      expect(deliverableFrom(at(now), NIGHT, CPH)).toEqual(at('2025-01-16T06:00:00Z'));
    });
  });

  it('reads the clock in summer time (UTC+2)', () => {
    expect(deliverableFrom(at('2025-07-01T19:30:00Z'), NIGHT, CPH)).toEqual(at('2025-07-02T05:00:00Z'));
    expect(deliverableFrom(at('2025-07-01T18:59:00Z'), NIGHT, CPH)).toEqual(at('2025-07-01T18:59:00Z'));
  });

  describe('a window within one day (12:00–13:00)', () => {
    it('holds a mail inside it until 13:00 that day', () => {
      expect(deliverableFrom(at('2025-01-15T11:00:00Z'), LUNCH, CPH)).toEqual(at('2025-01-15T12:00:00Z'));
      expect(deliverableFrom(at('2025-01-15T11:59:00Z'), LUNCH, CPH)).toEqual(at('2025-01-15T12:00:00Z'));
    });

    it('sends at once before and after it', () => {
      for (const now of ['2025-01-15T10:59:59Z', '2025-01-15T12:00:00Z', '2025-01-15T22:30:00Z', '2025-01-15T02:00:00Z']) {
        expect(deliverableFrom(at(now), LUNCH, CPH)).toEqual(at(now));
      }
    });
  });

  it('has no quiet hours when from equals to', () => {
    expect(deliverableFrom(at('2025-01-15T22:00:00Z'), { from: '07:00', to: '07:00' }, CPH)).toEqual(at('2025-01-15T22:00:00Z'));
  });

  describe('across the nights Copenhagen changes its clocks', () => {
    it('ends the spring-forward night at 07:00 summer time', () => {
      // 30 March 2025: 02:00 CET became 03:00 CEST (01:00 UTC).
      expect(deliverableFrom(at('2025-03-29T21:00:00Z'), NIGHT, CPH)).toEqual(at('2025-03-30T05:00:00Z'));
      expect(deliverableFrom(at('2025-03-30T01:30:00Z'), NIGHT, CPH)).toEqual(at('2025-03-30T05:00:00Z'));
    });

    it('ends the fall-back night at 07:00 winter time', () => {
      // 26 October 2025: 03:00 CEST became 02:00 CET (01:00 UTC).
      expect(deliverableFrom(at('2025-10-25T20:00:00Z'), NIGHT, CPH)).toEqual(at('2025-10-26T06:00:00Z'));
      expect(deliverableFrom(at('2025-10-26T00:30:00Z'), NIGHT, CPH)).toEqual(at('2025-10-26T06:00:00Z'));
      expect(deliverableFrom(at('2025-10-26T01:30:00Z'), NIGHT, CPH)).toEqual(at('2025-10-26T06:00:00Z'));
    });

    it('ends a window whose end the clocks skip at the jump', () => {
      // 02:30 does not exist on 30 March 2025: the window ends when the clock jumps to 03:00.
      expect(deliverableFrom(at('2025-03-29T23:00:00Z'), { from: '23:00', to: '02:30' }, CPH)).toEqual(at('2025-03-30T01:00:00Z'));
    });

    it('ends a window whose end the clocks repeat at its second passing, when now lies between the two', () => {
      // 02:15 CET, after the clock went back: 02:30 comes again at 01:30 UTC.
      expect(deliverableFrom(at('2025-10-26T01:15:00Z'), { from: '23:00', to: '02:30' }, CPH)).toEqual(at('2025-10-26T01:30:00Z'));
      // 02:15 CEST, before it went back: 02:30 CEST comes first.
      expect(deliverableFrom(at('2025-10-26T00:15:00Z'), { from: '23:00', to: '02:30' }, CPH)).toEqual(at('2025-10-26T00:30:00Z'));
    });
  });

  it('reads the window in the zone given, not the machine’s', () => {
    // 22:30 in Copenhagen is 16:30 in New York: outside there, inside here.
    expect(deliverableFrom(at('2025-01-15T21:30:00Z'), NIGHT, 'America/New_York')).toEqual(at('2025-01-15T21:30:00Z'));
    expect(deliverableFrom(at('2025-01-16T03:00:00Z'), NIGHT, 'America/New_York')).toEqual(at('2025-01-16T12:00:00Z'));
  });
});

describe('nextLocalTime', () => {
  it('answers today’s time while it is still ahead, else tomorrow’s', () => {
    expect(nextLocalTime(at('2025-01-15T05:00:00Z'), '07:00', CPH)).toEqual(at('2025-01-15T06:00:00Z'));
    expect(nextLocalTime(at('2025-01-15T06:00:01Z'), '07:00', CPH)).toEqual(at('2025-01-16T06:00:00Z'));
  });

  it('answers now when the clock shows the time exactly', () => {
    expect(nextLocalTime(at('2025-01-15T06:00:00Z'), '07:00', CPH)).toEqual(at('2025-01-15T06:00:00Z'));
  });

  it('counts local days across local midnight, not UTC days', () => {
    // 00:30 local on 16 January is still 15 January in UTC.
    expect(nextLocalTime(at('2025-01-15T23:30:00Z'), '07:00', CPH)).toEqual(at('2025-01-16T06:00:00Z'));
  });

  it('moves with the clock change: the 07:00 digest is an hour earlier in UTC after spring-forward', () => {
    expect(nextLocalTime(at('2025-03-29T06:00:01Z'), '07:00', CPH)).toEqual(at('2025-03-30T05:00:00Z'));
    expect(nextLocalTime(at('2025-10-25T05:00:01Z'), '07:00', CPH)).toEqual(at('2025-10-26T06:00:00Z'));
  });

  it('gives a skipped time as the moment of the jump, and a repeated one twice', () => {
    expect(nextLocalTime(at('2025-03-29T12:00:00Z'), '02:30', CPH)).toEqual(at('2025-03-30T01:00:00Z'));
    expect(nextLocalTime(at('2025-10-25T12:00:00Z'), '02:30', CPH)).toEqual(at('2025-10-26T00:30:00Z'));
    expect(nextLocalTime(at('2025-10-26T00:30:01Z'), '02:30', CPH)).toEqual(at('2025-10-26T01:30:00Z'));
  });

  it('works in a zone east of UTC across the date line and at midnight', () => {
    expect(nextLocalTime(at('2025-01-15T12:00:00Z'), '00:00', 'Pacific/Auckland')).toEqual(at('2025-01-16T11:00:00Z'));
    expect(nextLocalTime(at('2025-01-15T12:00:00Z'), '00:00', 'UTC')).toEqual(at('2025-01-16T00:00:00Z'));
  });
});
