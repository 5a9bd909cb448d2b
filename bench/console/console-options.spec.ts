import { parseConsoleArgs } from './console-options';

describe('parseConsoleArgs', () => {
  it("defaults to the issue's 10,000 open courses and a few hundred requests", () => {
    expect(parseConsoleArgs([])).toEqual({ courses: 10_000, live: 20, requests: 300, renders: 20 });
  });

  it('takes each figure from its option', () => {
    expect(parseConsoleArgs(['--courses', '500', '--live', '4', '--requests', '20', '--renders', '3'])).toEqual({
      courses: 500,
      live: 4,
      requests: 20,
      renders: 3,
    });
  });

  it('refuses what is not a positive whole number, and options it does not know', () => {
    expect(() => parseConsoleArgs(['--requests', '0'])).toThrow('--requests must be a positive whole number, not "0"');
    expect(() => parseConsoleArgs(['--courses', '1e4'])).toThrow('--courses must be a positive whole number');
    expect(() => parseConsoleArgs(['--open', '10'])).toThrow(/open/);
  });
});
