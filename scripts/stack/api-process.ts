import type { ChildProcess } from 'node:child_process';
import { endChild, startNodeChild } from './node-child';

/**
 * The real API app in a process of its own, listening on `port`: what a
 * deployment runs, measured from outside by a client that does not share
 * its event loop.
 */
export class ApiProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  /** Starts the API with this environment on top of ours and resolves once it listens (logged at info). */
  static async start(env: NodeJS.ProcessEnv, port: number): Promise<ApiProcess> {
    const { child } = await startNodeChild(
      'apps/api/src/main',
      [],
      { ...process.env, ...env, MENTORFLOW_API_PORT: String(port), LOG_LEVEL: 'info' },
      /api listening/,
    );
    return new ApiProcess(child, `http://127.0.0.1:${port}`);
  }

  get pid(): number {
    return this.child.pid!;
  }

  stop(): Promise<void> {
    return endChild(this.child, 'SIGTERM');
  }
}
