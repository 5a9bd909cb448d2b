import { parseScaleArgs } from './scale-options';

describe('parseScaleArgs', () => {
  it('defaults to 10,000 open courses, load steps up to 50 meetings a second for a minute each, and the configured cache', () => {
    expect(parseScaleArgs([], 500)).toEqual({
      open: 10_000,
      cache: 500,
      concurrency: 16,
      rates: [10, 25, 50],
      seconds: 60,
      overload: 200,
      recovery: 60,
    });
  });

  it('takes each figure from its option, and runs the rates lowest first, each once', () => {
    const args = ['--open', '200', '--cache', '50', '--concurrency', '4', '--rates', '30, 10,30', '--seconds', '3', '--overload', '90'];
    expect(parseScaleArgs([...args, '--recovery', '5'], 500)).toEqual({
      open: 200,
      cache: 50,
      concurrency: 4,
      rates: [10, 30],
      seconds: 3,
      overload: 90,
      recovery: 5,
    });
  });

  it('refuses what is not a positive whole number, and options it does not know', () => {
    expect(() => parseScaleArgs(['--seconds', '0'], 500)).toThrow('--seconds must be a positive whole number, not "0"');
    expect(() => parseScaleArgs(['--open', '1e4'], 500)).toThrow('--open must be a positive whole number');
    expect(() => parseScaleArgs(['--rates', '10,,50'], 500)).toThrow('--rates must be positive whole numbers separated by commas, not ""');
    expect(() => parseScaleArgs(['--rate', '50'], 500)).toThrow(/rate/);
  });
});
