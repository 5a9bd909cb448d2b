import { ChildProcess, spawn } from 'node:child_process';

/**
 * Runs one of our compiled apps as a child process with the stack's
 * environment, its output piped for `up` to route (see ServiceLogs). In its
 * own process group, so a Ctrl-C reaches only `up`, which then stops the apps
 * before the servers they depend on.
 */
export function startApp(entry: string, env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [entry], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
}

/** Polls until the URL answers 200, or fails when the child exits or time runs out. */
export async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}
