/** A quota's period ends before its (exclusive) end date: the day she reads as its last is the one before. */
export function lastDayBefore(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}
