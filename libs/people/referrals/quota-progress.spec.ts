import { quotaProgress } from './quota-progress';

describe('quota progress', () => {
  const year2026 = { periodStart: '2026-01-01', periodEnd: '2027-01-01', agreed: 10 };
  const at = (iso: string) => new Date(iso);
  // Counted in UTC below, so the instants read as the days they name; the program's own zone is the last test's.

  it('expects nothing before the period starts', () => {
    expect(quotaProgress(year2026, 0, at('2025-12-31T23:59:59Z'), 'UTC')).toEqual({ made: 0, expectedByNow: 0, behind: false });
  });

  it('expects the agreed share of the time elapsed, rounded down', () => {
    // 2026-07-02T12:00Z is exactly half of 365 days into the year.
    expect(quotaProgress(year2026, 4, at('2026-07-02T12:00:00Z'), 'UTC')).toEqual({ made: 4, expectedByNow: 5, behind: true });
    expect(quotaProgress(year2026, 5, at('2026-07-02T12:00:00Z'), 'UTC')).toEqual({ made: 5, expectedByNow: 5, behind: false });
    expect(quotaProgress(year2026, 4, at('2026-07-02T11:59:59Z'), 'UTC').expectedByNow).toBe(4);
  });

  it('does not round an exact share down by a floating-point hair', () => {
    const tenDays = { periodStart: '2026-01-01', periodEnd: '2026-01-11', agreed: 10 };
    expect(quotaProgress(tenDays, 3, at('2026-01-04T00:00:00Z'), 'UTC')).toEqual({ made: 3, expectedByNow: 3, behind: false });
  });

  it('expects all of it once the period has ended', () => {
    expect(quotaProgress(year2026, 9, at('2030-01-01T00:00:00Z'), 'UTC')).toEqual({ made: 9, expectedByNow: 10, behind: true });
    expect(quotaProgress(year2026, 12, at('2030-01-01T00:00:00Z'), 'UTC')).toEqual({ made: 12, expectedByNow: 10, behind: false });
  });

  it("counts the period from the program's midnights: in Copenhagen 2026 began at 23:00 UTC", () => {
    const daily = { periodStart: '2026-01-01', periodEnd: '2027-01-01', agreed: 365 };
    expect(quotaProgress(daily, 0, at('2026-01-01T22:59:59Z'), 'Europe/Copenhagen').expectedByNow).toBe(0);
    expect(quotaProgress(daily, 0, at('2026-01-01T23:00:00Z'), 'Europe/Copenhagen').expectedByNow).toBe(1);
    expect(quotaProgress(daily, 0, at('2026-01-01T23:00:00Z'), 'UTC').expectedByNow).toBe(0);
  });
});
