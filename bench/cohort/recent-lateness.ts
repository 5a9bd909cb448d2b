/**
 * How late the cohort's commands got their slot lately: the cohort admits a
 * new course only while none of the last `windowMs` was later than
 * `boundMs`. Admitting on free slots alone lets the courses already running
 * fall behind their schedules together (their moments line up), and a late
 * course sets off reminders a program on time never sees, which slow the
 * engine further.
 */
export class RecentLateness {
  private readonly late: number[] = [];

  constructor(
    private readonly boundMs: number,
    private readonly windowMs: number,
  ) {}

  /** A command that got its slot `latenessMs` after its moment, at `now`. */
  record(latenessMs: number, now: number): void {
    if (latenessMs > this.boundMs) this.late.push(now);
  }

  /** No command of the last window was later than the bound. */
  calm(now: number): boolean {
    while (this.late.length > 0 && this.late[0] <= now - this.windowMs) this.late.shift();
    return this.late.length === 0;
  }
}
