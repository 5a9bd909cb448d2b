import { readableLine, TERMINAL_LEVEL } from './log-line';

describe('readableLine', () => {
  it('renders a pino line at warn or above as "level service: message (detail)"', () => {
    const line = JSON.stringify({
      level: 50,
      time: '2026-12-05T01:04:25.109Z',
      service: 'api',
      context: 'ApiExceptionFilter',
      message: 'request failed',
      error: 'Error: connect ECONNREFUSED 127.0.0.1:5433',
    });
    expect(readableLine(line, 'api', 'stdout')).toBe('error api: request failed (Error: connect ECONNREFUSED 127.0.0.1:5433)');
  });

  it("names the workflow an activity's warning is about, and the error's name when it has no message", () => {
    const line = JSON.stringify({
      level: 40,
      service: 'worker',
      workflowId: 'escalation-1',
      error: { permanent: false, name: 'MailDeliveryError' },
      message: 'Activity failed',
    });
    expect(readableLine(line, 'worker', 'stdout')).toBe('warn worker: Activity failed (MailDeliveryError, workflow escalation-1)');
  });

  it('shows only fatal lines while the stack stops, when every service warns and errs about the others going away', () => {
    const warning = JSON.stringify({ level: 'WARN', msg: 'network dial error', service: 'client' });
    expect(readableLine(warning, 'temporal', 'stderr', TERMINAL_LEVEL.stopping)).toBeUndefined();
    const shardClosed = JSON.stringify({ level: 'ERROR', msg: 'Queue reader unable to retrieve tasks', error: 'shard closed' });
    expect(readableLine(shardClosed, 'temporal', 'stderr', TERMINAL_LEVEL.stopping)).toBeUndefined();
    const fatal = JSON.stringify({ level: 60, service: 'worker', message: 'cannot drain' });
    expect(readableLine(fatal, 'worker', 'stdout', TERMINAL_LEVEL.stopping)).toBe('fatal worker: cannot drain');
  });

  it('leaves info and debug lines to the log file', () => {
    expect(readableLine(JSON.stringify({ level: 30, service: 'api', message: 'api listening' }), 'api', 'stdout')).toBeUndefined();
    expect(readableLine(JSON.stringify({ level: 20, message: 'polling' }), 'worker', 'stderr')).toBeUndefined();
  });

  it("reads the Temporal server's named levels and msg key, under the service it was started as", () => {
    const line = JSON.stringify({ time: '2026-12-05T01:08:50Z', level: 'ERROR', msg: 'unable to add metrics baggage\nto gRPC trailer' });
    expect(readableLine(line, 'temporal', 'stderr')).toBe('error temporal: unable to add metrics baggage to gRPC trailer');
    const component = JSON.stringify({ level: 'WARN', msg: 'Failed to poll for task.', service: 'worker', Error: 'graceful_stop' });
    expect(readableLine(component, 'temporal', 'stderr')).toBe('warn temporal/worker: Failed to poll for task.');
    expect(readableLine(JSON.stringify({ level: 'fatal', msg: 'no database' }), 'temporal', 'stderr')).toBe('fatal temporal: no database');
  });

  it('shows a plain line from an error stream (a crash, a refusal to start) and keeps plain output to the file', () => {
    expect(readableLine('MENTORFLOW_JWT_SECRET is required', 'api', 'stderr')).toBe('api: MENTORFLOW_JWT_SECRET is required');
    expect(readableLine('MailDev webapp running at http://127.0.0.1:1080', 'maildev', 'stdout')).toBeUndefined();
    expect(readableLine('   ', 'api', 'stderr')).toBeUndefined();
  });
});
