import { ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stopChild } from '../stack/temporal-dev-server';
import { renderUiServerConfig, uiServerOrigin, UiServerSettings } from './ui-server-config';

export interface RunningUiServer {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * The Temporal Web UI (ui-server) in a process of its own: its config written
 * to `<dataDir>/ui-server/mentorflow.yaml`, its output appended to `log`.
 * Resolves once /healthz answers; fails early if it exits.
 */
export async function startUiServer(binary: string, dataDir: string, log: string, settings: UiServerSettings): Promise<RunningUiServer> {
  const configDir = join(dataDir, 'ui-server');
  mkdirSync(configDir, { recursive: true });
  writeFileSync(join(configDir, 'mentorflow.yaml'), renderUiServerConfig(settings));
  mkdirSync(dirname(log), { recursive: true });
  const output = openSync(log, 'a');
  const child = spawn(binary, ['--root', dataDir, '--config', 'ui-server', '--env', 'mentorflow', 'start'], {
    stdio: ['ignore', output, output],
    detached: true,
  });
  closeSync(output);
  const url = uiServerOrigin(settings.port);
  const running = { url, child, stop: () => stopChild(child, 10_000) };
  try {
    await untilHealthy(url, child, log);
  } catch (error) {
    await running.stop();
    throw error;
  }
  return running;
}

async function untilHealthy(url: string, child: ChildProcess, log: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the Web UI server exited: see ${log}`);
    const healthy = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    if (Date.now() > deadline) throw new Error(`the Web UI server at ${url} not healthy after ${timeoutMs} ms: see ${log}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
