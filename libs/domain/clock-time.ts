import { Matches } from 'class-validator';
import { says } from '../validation/validators';

/** A local time of day as people write it in a policy or in config: 24-hour "HH:MM". */
const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function IsClockTime(): PropertyDecorator {
  return Matches(CLOCK_TIME, says('must-be-clock-time'));
}

/** Minutes since local midnight of a validated "HH:MM". */
export function minutesOfDay(clockTime: string): number {
  const [hours, minutes] = clockTime.split(':').map(Number);
  return hours * 60 + minutes;
}
