import { plainToInstance } from 'class-transformer';
import { IsString, validateSync } from 'class-validator';
import { dayIn } from '../../workflows/shared/calendar-day';
import { IsAfter, IsCalendarDate, IsMoment, IsNotInFuture, Omittable } from './validators';

class Period {
  @IsCalendarDate() start!: string;
  @IsCalendarDate() @IsAfter('start') end!: string;
}

class Moment {
  @IsMoment() @IsNotInFuture() at!: string;
}

class WithDefault {
  @Omittable() @IsString() language?: string;
}

const failing = (type: new () => object, plain: object) =>
  validateSync(plainToInstance(type, plain)).flatMap((error) => Object.values(error.constraints ?? {}));

describe('shared validators', () => {
  it('wants a period to end after it starts, and leaves a bad start to its own check', () => {
    expect(failing(Period, { start: '2026-01-01', end: '2026-01-02' })).toEqual([]);
    expect(failing(Period, { start: '2026-01-01', end: '2026-01-01' })).toEqual(['end must be after start']);
    expect(failing(Period, { start: 'soon', end: '2026-01-01' })).toEqual(['start must be a date written YYYY-MM-DD']);
  });

  it('takes a day or a date-time with its zone, never a local time, and nothing in the future', () => {
    expect(failing(Moment, { at: '2025-03-01' })).toEqual([]);
    expect(failing(Moment, { at: '2025-03-01T10:00:00Z' })).toEqual([]);
    expect(failing(Moment, { at: '2025-03-01T10:00:00.123+01:00' })).toEqual([]);
    expect(failing(Moment, { at: '2025-03-01T10:00' })).toEqual([
      'at must be a date, or a date-time ending in Z or an offset such as +01:00',
    ]);
    expect(failing(Moment, { at: new Date(Date.now() + 60_000).toISOString() })).toEqual(['at must not be in the future']);
  });

  it('takes a day that has begun anywhere, leaving which day it is where a course is kept to the course', () => {
    const firstToday = dayIn(new Date(), 'Pacific/Kiritimati'); // UTC+14, ahead of the UTC day from 10:00 UTC
    const dayAfter = new Date(Date.parse(`${firstToday}T12:00:00Z`) + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    expect(failing(Moment, { at: firstToday })).toEqual([]);
    expect(failing(Moment, { at: dayAfter })).toEqual(['at must not be in the future']);
  });

  it('lets a defaulted field be left out but not set to null', () => {
    expect(failing(WithDefault, {})).toEqual([]);
    expect(failing(WithDefault, { language: null })).toEqual(['language must be a string']);
  });
});
