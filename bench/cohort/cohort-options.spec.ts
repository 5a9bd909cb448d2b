import { parseCohortArgs } from './cohort-options';

describe('parseCohortArgs', () => {
  it('defaults to a thousand courses on one worker, sixteen requests and one opening at a time, a month in ten seconds', () => {
    expect(parseCohortArgs([])).toEqual({ mentorships: 1000, workers: 1, concurrency: 16, openings: 1, month: '10s', cluster: false });
  });

  it('takes each option', () => {
    expect(parseCohortArgs(['--mentorships', '5', '--workers', '2', '--concurrency', '8', '--openings', '3', '--month', '500ms'])).toEqual({
      mentorships: 5,
      workers: 2,
      concurrency: 8,
      openings: 3,
      month: '500ms',
      cluster: false,
    });
  });

  it('takes --cluster, to run on the dev server and then on a real cluster', () => {
    expect(parseCohortArgs(['--cluster', '--mentorships', '5'])).toMatchObject({ mentorships: 5, cluster: true });
    expect(() => parseCohortArgs(['--cluster', 'yes'])).toThrow();
  });

  it('refuses counts that are not positive whole numbers, and months too short or not durations', () => {
    expect(() => parseCohortArgs(['--workers', '0'])).toThrow(/--workers must be a positive whole number/);
    expect(() => parseCohortArgs(['--mentorships', '1.5'])).toThrow(/--mentorships/);
    expect(() => parseCohortArgs(['--month', 'soon'])).toThrow(/--month must be a duration/);
    expect(() => parseCohortArgs(['--month', '10ms'])).toThrow(/at least 50ms/);
    expect(() => parseCohortArgs(['--ceiling'])).toThrow();
  });
});
