import type { ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, WriteStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { readableLine, Stream, TERMINAL_LEVEL } from './log-line';

/** `files`: full logs to files, warnings and errors readable on the terminal; `terminal`: every line on the terminal too, as it comes. */
export type LogMode = 'files' | 'terminal';

/**
 * Where the stack's services log under `up`: each to `<dir>/<service>.log`
 * (appended, so a restart keeps what the last run said), and to the terminal
 * as the mode says. The terminal stays for what a person needs.
 */
export class ServiceLogs {
  private readonly files = new Map<string, WriteStream>();
  private terminalLevel: number = TERMINAL_LEVEL.running;
  private readonly watchers: Array<{ service: string; pattern: RegExp; seen: () => void }> = [];

  constructor(
    readonly dir: string,
    private readonly mode: LogMode,
  ) {
    mkdirSync(dir, { recursive: true });
  }

  /** Reads a child's piped output line by line into its service's log. */
  attach(service: string, child: ChildProcess): void {
    for (const stream of ['stdout', 'stderr'] as const) {
      const output = child[stream];
      if (output) createInterface({ input: output, crlfDelay: Infinity }).on('line', (line) => this.write(service, line, stream));
    }
  }

  /** For a service that hands its output to a callback (the embedded PostgreSQL), a chunk at a time. */
  writer(service: string, stream: Stream): (text: string) => void {
    return (text) => {
      for (const line of text.split('\n')) if (line.trim()) this.write(service, line, stream);
    };
  }

  /** Resolves when the service logs a line that matches: how `up` knows the worker polls before it gives the engine work. */
  waitFor(service: string, pattern: RegExp): Promise<void> {
    return new Promise((seen) => this.watchers.push({ service, pattern, seen }));
  }

  /** From now on the terminal gets fatal lines only: stopping, every service complains that the others went away. */
  stopping(): void {
    this.terminalLevel = TERMINAL_LEVEL.stopping;
  }

  /** Flushes and closes the files; called last, after every service has stopped. */
  async close(): Promise<void> {
    await Promise.all([...this.files.values()].map((file) => new Promise<void>((resolve) => file.end(resolve))));
  }

  private write(service: string, line: string, stream: Stream): void {
    this.file(service).write(`${line}\n`);
    for (const watcher of this.watchers.filter((w) => w.service === service && w.pattern.test(line))) {
      this.watchers.splice(this.watchers.indexOf(watcher), 1);
      watcher.seen();
    }
    if (this.mode === 'terminal') {
      process[stream].write(`${line}\n`);
      return;
    }
    const readable = readableLine(line, service, stream, this.terminalLevel);
    if (readable) process.stderr.write(`${readable}\n`);
  }

  private file(service: string): WriteStream {
    let file = this.files.get(service);
    if (!file) {
      file = createWriteStream(join(this.dir, `${service}.log`), { flags: 'a' });
      this.files.set(service, file);
    }
    return file;
  }
}
