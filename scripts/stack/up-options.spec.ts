import { upOptions } from './up-options';

describe('upOptions', () => {
  it('keeps logs in files and loads the demo by default', () => {
    expect(upOptions([], {})).toEqual({ logs: 'files', demo: true });
  });

  it('shows every log line with --verbose or MENTORFLOW_UP_LOGS=terminal, and skips the demo with --no-demo', () => {
    expect(upOptions(['--verbose', '--no-demo'], {})).toEqual({ logs: 'terminal', demo: false });
    expect(upOptions([], { MENTORFLOW_UP_LOGS: 'terminal' })).toEqual({ logs: 'terminal', demo: true });
  });

  it('refuses an option it does not know, with the usage', () => {
    expect(() => upOptions(['--quiet'], {})).toThrow(/unknown option --quiet\nusage: \.\/mentorflow up/);
  });
});
