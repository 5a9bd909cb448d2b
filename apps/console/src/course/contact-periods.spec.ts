import { minutesByPeriod } from './contact-periods';

describe('minutes met per contact period, from the meeting log', () => {
  it('numbers periods from the match start day, whatever its hour, and sums the minutes of each', () => {
    const meetings = [
      { heldOn: '2026-01-02', minutes: 60 },
      { heldOn: '2026-01-31', minutes: 30 },
      { heldOn: '2026-02-01', minutes: 90 },
      { heldOn: '2026-03-05', minutes: 45 },
    ];
    // A 30-day period from 2 January runs to 31 January; 1 February opens the second, 5 March is in the third.
    expect(minutesByPeriod(meetings, '2026-01-02T17:45:00.000Z', 30)).toEqual({ 0: 90, 1: 90, 2: 45 });
  });

  it('keeps the periods the course has checked already, which its own state no longer holds', () => {
    expect(minutesByPeriod([{ heldOn: '2026-01-05', minutes: 240 }], '2026-01-02T10:00:00Z', 7)).toEqual({ 0: 240 });
    expect(minutesByPeriod([], '2026-01-02T10:00:00Z', 7)).toEqual({});
  });
});
