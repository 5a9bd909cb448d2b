import { RecentLateness } from './recent-lateness';

describe('RecentLateness', () => {
  it('is calm until a command is later than the bound, and again once the window has passed it', () => {
    const lateness = new RecentLateness(100, 1000);
    expect(lateness.calm(0)).toBe(true);
    lateness.record(100, 10);
    expect(lateness.calm(20)).toBe(true);
    lateness.record(101, 500);
    expect(lateness.calm(600)).toBe(false);
    expect(lateness.calm(1499)).toBe(false);
    expect(lateness.calm(1500)).toBe(true);
  });

  it('stays unsettled while late commands keep coming', () => {
    const lateness = new RecentLateness(100, 1000);
    lateness.record(500, 0);
    lateness.record(500, 900);
    expect(lateness.calm(1200)).toBe(false);
    expect(lateness.calm(1900)).toBe(true);
  });
});
