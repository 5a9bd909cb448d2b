import { parseScaleArgs } from './scale-options';

describe('parseScaleArgs', () => {
  it('defaults to 10,000 open courses, 50 meetings a second for a minute, and the configured cache', () => {
    expect(parseScaleArgs([], 500)).toEqual({ open: 10_000, cache: 500, concurrency: 16, rate: 50, seconds: 60 });
  });

  it('takes each figure from its option', () => {
    expect(parseScaleArgs(['--open', '200', '--cache', '50', '--concurrency', '4', '--rate', '10', '--seconds', '3'], 500)).toEqual({
      open: 200,
      cache: 50,
      concurrency: 4,
      rate: 10,
      seconds: 3,
    });
  });

  it('refuses what is not a positive whole number, and options it does not know', () => {
    expect(() => parseScaleArgs(['--rate', '0'], 500)).toThrow('--rate must be a positive whole number, not "0"');
    expect(() => parseScaleArgs(['--open', '1e4'], 500)).toThrow('--open must be a positive whole number');
    expect(() => parseScaleArgs(['--workers', '2'], 500)).toThrow(/workers/);
  });
});
