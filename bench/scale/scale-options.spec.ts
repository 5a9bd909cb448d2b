import { parseScaleArgs } from './scale-options';

describe('parseScaleArgs', () => {
  it('defaults to 10,000 open courses, steps of every kind of command up to 50 a second, a minute each, and the configured cache', () => {
    expect(parseScaleArgs([], 500)).toEqual({
      open: 10_000,
      cache: 500,
      concurrency: 16,
      rates: [10, 20, 50],
      seconds: 60,
      mix: 'all',
      overload: 200,
      recovery: 60,
    });
  });

  it('takes each figure from its option, and runs the rates lowest first, each once', () => {
    const args = ['--open', '200', '--cache', '50', '--concurrency', '4', '--rates', '30, 10,30', '--seconds', '3', '--overload', '90'];
    expect(parseScaleArgs([...args, '--recovery', '5', '--mix', 'meetings'], 500)).toEqual({
      open: 200,
      cache: 50,
      concurrency: 4,
      rates: [10, 30],
      seconds: 3,
      mix: 'meetings',
      overload: 90,
      recovery: 5,
    });
  });

  it('refuses what is not a positive whole number, and options it does not know', () => {
    expect(() => parseScaleArgs(['--seconds', '0'], 500)).toThrow('--seconds must be a positive whole number, not "0"');
    expect(() => parseScaleArgs(['--open', '1e4'], 500)).toThrow('--open must be a positive whole number');
    expect(() => parseScaleArgs(['--rates', '10,,50'], 500)).toThrow('--rates must be positive whole numbers separated by commas, not ""');
    expect(() => parseScaleArgs(['--rate', '50'], 500)).toThrow(/rate/);
    expect(() => parseScaleArgs(['--mix', 'reviews'], 500)).toThrow('--mix must be one of meetings, all, not "reviews"');
  });

  it('refuses a mix that would review more courses than it opens: a course has one review due', () => {
    // 10 and 20 a second for 60 s: 1,800 commands, 300 of them reviews.
    expect(() => parseScaleArgs(['--open', '299', '--rates', '10,20'], 500)).toThrow(
      '--mix all at these rates sends 300 reviews, one a course: --open must be at least that',
    );
    expect(parseScaleArgs(['--open', '300', '--rates', '10,20'], 500)).toMatchObject({ open: 300 });
    expect(parseScaleArgs(['--open', '1', '--rates', '10,20', '--mix', 'meetings'], 500)).toMatchObject({ open: 1 });
  });
});
