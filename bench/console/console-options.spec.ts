import { parseConsoleArgs } from './console-options';

describe('parseConsoleArgs', () => {
  it("defaults to the issue's 10,000 open courses, a few hundred requests, 20 commands a second and the configured cache", () => {
    expect(parseConsoleArgs([], 250)).toEqual({ courses: 10_000, live: 20, requests: 300, renders: 20, load: 20, cache: 250 });
  });

  it('takes each figure from its option', () => {
    const args = ['--courses', '500', '--live', '4', '--requests', '20', '--renders', '3', '--load', '5', '--cache', '20'];
    expect(parseConsoleArgs(args, 250)).toEqual({ courses: 500, live: 4, requests: 20, renders: 3, load: 5, cache: 20 });
  });

  it('takes --load 0 as no loaded round', () => {
    expect(parseConsoleArgs(['--load', '0'], 250)).toMatchObject({ load: 0 });
  });

  it('refuses what is not a positive whole number (or, for --load, a whole number), and options it does not know', () => {
    expect(() => parseConsoleArgs(['--requests', '0'], 250)).toThrow('--requests must be a positive whole number, not "0"');
    expect(() => parseConsoleArgs(['--cache', '0'], 250)).toThrow('--cache must be a positive whole number, not "0"');
    expect(() => parseConsoleArgs(['--courses', '1e4'], 250)).toThrow('--courses must be a positive whole number');
    expect(() => parseConsoleArgs(['--load', '-1'], 250)).toThrow(/--load/);
    expect(() => parseConsoleArgs(['--load', '2.5'], 250)).toThrow('--load must be a whole number, not "2.5"');
    expect(() => parseConsoleArgs(['--open', '10'], 250)).toThrow(/open/);
  });
});
