import { calendarDateOf, isCalendarDate, startOfDay, wholeYearsBetween } from './calendar-date';

describe('calendar dates', () => {
  it('accepts only real days written YYYY-MM-DD', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-13-01')).toBe(false);
    expect(isCalendarDate('2024-1-01')).toBe(false);
    expect(isCalendarDate('2024-01-01T00:00:00Z')).toBe(false);
    expect(isCalendarDate(20240101)).toBe(false);
  });

  it('reads a day as UTC, both ways', () => {
    expect(startOfDay('2026-03-01')).toBe(Date.UTC(2026, 2, 1));
    expect(calendarDateOf(new Date('2026-03-01T23:59:59.999Z'))).toBe('2026-03-01');
  });

  it('counts whole years, turning older on the birthday itself', () => {
    expect(wholeYearsBetween('2000-06-15', '2030-06-14')).toBe(29);
    expect(wholeYearsBetween('2000-06-15', '2030-06-15')).toBe(30);
    expect(wholeYearsBetween('2000-06-15', '2000-06-15')).toBe(0);
  });

  it('ages someone born on 29 February on 1 March in a common year', () => {
    expect(wholeYearsBetween('2004-02-29', '2019-02-28')).toBe(14);
    expect(wholeYearsBetween('2004-02-29', '2019-03-01')).toBe(15);
    expect(wholeYearsBetween('2004-02-29', '2020-02-29')).toBe(16);
  });
});
