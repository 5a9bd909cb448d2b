import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

/** The folder our sources (or, compiled, dist/) start from: entries are named relative to it. */
const ROOT = join(__dirname, '..', '..');
const COMPILED = __filename.endsWith('.js');

/**
 * One of our entry points (e.g. `apps/worker/src/main`) in a process of its
 * own: compiled JavaScript when this module runs from dist/ (`./mentorflow
 * faults`), the TypeScript source through ts-node when it runs under jest.
 * Resolves once the child prints a line matching `ready`; drains its output
 * afterwards, unread, so a full pipe never blocks it.
 */
export async function startNodeChild(
  entry: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: RegExp,
  timeoutMs = 90_000,
): Promise<{ child: ChildProcess; match: RegExpExecArray }> {
  const command = COMPILED
    ? [...profiling(), join(ROOT, `${entry}.js`)]
    : ['-r', 'ts-node/register/transpile-only', join(ROOT, `${entry}.ts`)];
  const child = spawn(process.execPath, [...command, ...args], {
    cwd: COMPILED ? join(ROOT, '..') : ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    let output = '';
    const failed = (why: string) => new Error(`${entry} ${why}:\n${output.slice(-2000)}`);
    const onStdout = (chunk: Buffer) => {
      output += chunk.toString();
      const found = ready.exec(output);
      if (found) settle(() => resolve(found));
    };
    const onStderr = (chunk: Buffer) => (output += chunk.toString());
    const onExit = (code: number | null, signal: NodeJS.Signals | null) =>
      settle(() => reject(failed(`exited (${signal ?? code}) before it was ready`)));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      settle(() => reject(failed(`was not ready within ${timeoutMs} ms`)));
    }, timeoutMs);
    // Its output is kept only until then, for the error if it never is ready. Kept on, every chunk would flatten the whole log
    // so far for the next match: quadratic in the lines logged, a core of this process within an hour of an API's access log,
    // taken from the cores the stack it measures runs on.
    const settle = (outcome: () => void) => {
      clearTimeout(timer);
      child.stdout!.off('data', onStdout);
      child.stderr!.off('data', onStderr);
      child.off('exit', onExit);
      outcome();
    };
    child.stdout!.on('data', onStdout);
    child.stderr!.on('data', onStderr);
    child.once('exit', onExit);
  });
  // Read on and dropped, so a full pipe never blocks the child.
  child.stdout!.resume();
  child.stderr!.resume();
  return { child, match };
}

/** Sends the signal and resolves once the child is gone (at once if it already is). */
export async function endChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}

/**
 * With MENTORFLOW_PROFILE_DIR set, each child writes a V8 CPU profile there
 * when it exits (open it in Chrome DevTools or speedscope): how a benchmark's
 * API and worker processes are profiled without changing what they run.
 */
function profiling(): string[] {
  const dir = process.env.MENTORFLOW_PROFILE_DIR;
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
}
