import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/**
 * The real worker app in a process of its own (TypeScript run directly), so
 * a test can kill it the hard way, mid-activity, and start another.
 */
export class WorkerProcess {
  private constructor(private readonly child: ChildProcess) {}

  /** Starts the worker with this environment and resolves once it polls its task queue. */
  static async start(env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<WorkerProcess> {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', join(ROOT, 'apps/worker/src/main.ts')], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the worker did not poll within ${timeoutMs} ms`)), timeoutMs);
      let output = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('worker polling')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the worker exited with ${code} before polling:\n${output.slice(-2000)}`));
      });
    });
    // Keep reading so a full pipe never blocks the worker.
    child.stdout!.resume();
    child.stderr!.resume();
    return new WorkerProcess(child);
  }

  /** SIGKILL: no shutdown hooks, no draining; what was in flight is simply gone. */
  async kill(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGKILL');
    await exited;
  }
}
