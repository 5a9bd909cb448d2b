import { Matches } from 'class-validator';

/** A local time of day as people write it in a policy or in config: 24-hour "HH:MM". */
const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function IsClockTime(): PropertyDecorator {
  return Matches(CLOCK_TIME, { message: 'must be a time of day as HH:MM' });
}

/** Minutes since local midnight of a validated "HH:MM". */
export function minutesOfDay(clockTime: string): number {
  const [hours, minutes] = clockTime.split(':').map(Number);
  return hours * 60 + minutes;
}
