import type { ChildProcess } from 'node:child_process';
import { endChild, startNodeChild } from './node-child';

/** A real PostgreSQL in a process of its own, which can be stopped and started again on the same data (see postgres-main.ts). */
export class PostgresProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  static async start(dataDir: string, port: number): Promise<PostgresProcess> {
    const { child, match } = await startNodeChild('scripts/stack/postgres-main', [dataDir, String(port)], process.env, /ready (\S+)/);
    return new PostgresProcess(child, match[1]);
  }

  /** A clean shutdown of the server; its data stays for the next start. */
  stop(): Promise<void> {
    return endChild(this.child, 'SIGTERM');
  }
}
