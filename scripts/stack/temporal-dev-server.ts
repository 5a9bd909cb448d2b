import { ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Connection } from '@temporalio/client';
import { encodeSearchAttributeIndexedValueType } from '@temporalio/common/lib/search-attributes';
import type { TemporalConfig } from '../../libs/config/app-config';
import { ALL_SEARCH_ATTRIBUTES } from '../../workflows/search-attributes';
import { temporalCliPath } from './binaries';

export interface DevServer {
  address: string;
  /** The server's process, for the benchmarks' memory figures. */
  pid: number;
  uiUrl?: string;
  stop(): Promise<void>;
}

export interface DevServerOptions {
  port: number;
  /** Omit for a headless server. */
  uiPort?: number;
  /** SQLite file that keeps workflows across restarts; omit for in-memory. */
  dbFile?: string;
  logLevel: string;
  /** Given, the server logs JSON lines to pipes this reads (`up`'s log files); otherwise to our terminal. */
  attachOutput?: (child: ChildProcess) => void;
}

/**
 * `temporal server start-dev` with our namespace and custom search attributes
 * registered at start, resolved once its frontend answers.
 */
export async function startTemporalDevServer(temporal: TemporalConfig, options: DevServerOptions): Promise<DevServer> {
  const args = [
    'server',
    'start-dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(options.port),
    '--log-level',
    options.logLevel,
    '--namespace',
    temporal.namespace,
  ];
  if (options.uiPort) args.push('--ui-port', String(options.uiPort));
  else args.push('--headless');
  if (options.dbFile) {
    mkdirSync(dirname(options.dbFile), { recursive: true });
    args.push('--db-filename', options.dbFile);
  }
  for (const [name, type] of Object.entries(temporal.searchAttributes)) args.push('--search-attribute', `${name}=${type}`);

  if (options.attachOutput) args.push('--log-format', 'json');

  // Own process group: stopped by us, after the apps, not by the terminal's Ctrl-C.
  const output = options.attachOutput ? 'pipe' : 'inherit';
  const child = spawn(temporalCliPath(), args, { stdio: ['ignore', output, output], detached: true });
  options.attachOutput?.(child);
  const address = `127.0.0.1:${options.port}`;
  await waitUntilServing(address, child);
  await registerMissingSearchAttributes(address, temporal.namespace);
  return {
    address,
    pid: child.pid!,
    uiUrl: options.uiPort ? `http://localhost:${options.uiPort}` : undefined,
    stop: () => stopChild(child),
  };
}

async function waitUntilServing(address: string, child: ChildProcess, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  for (;;) {
    if (exited !== null) throw new Error(`temporal server start-dev exited with code ${exited}`);
    try {
      const connection = await Connection.connect({ address, connectTimeout: 1000 });
      await connection.workflowService.getSystemInfo({});
      await connection.close();
      return;
    } catch (error) {
      if (Date.now() > deadline) {
        throw new Error(`temporal dev server at ${address} did not answer within ${timeoutMs} ms: ${error}`, { cause: error });
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/**
 * A dev server started on a file kept from an earlier version registers the
 * `--search-attribute` flags only when it creates the file: add the ones it
 * lacks, or workflows setting them would fail.
 */
async function registerMissingSearchAttributes(address: string, namespace: string): Promise<void> {
  const connection = await Connection.connect({ address });
  try {
    const { customAttributes } = await connection.operatorService.listSearchAttributes({ namespace });
    const missing = ALL_SEARCH_ATTRIBUTES.filter(({ name }) => !(name in (customAttributes ?? {})));
    if (missing.length === 0) return;
    await connection.operatorService.addSearchAttributes({
      namespace,
      searchAttributes: Object.fromEntries(missing.map(({ name, type }) => [name, encodeSearchAttributeIndexedValueType(type)!])),
    });
  } finally {
    await connection.close();
  }
}

/** SIGTERM, then SIGKILL if it lingers. */
export function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
