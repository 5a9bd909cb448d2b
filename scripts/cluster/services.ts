import { ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { Connection } from '@temporalio/client';
import { stopChild } from '../stack/temporal-dev-server';
import { ClusterLayout, pidFile, serverBinary, serviceLog, ServiceName } from './cluster-layout';

/** The name each service gives itself in its gRPC health server; SERVING once it can take work (history: once it holds shards). */
const HEALTH_NAMES: Record<ServiceName, string> = {
  frontend: 'temporal.api.workflowservice.v1.WorkflowService',
  history: 'temporal.api.workflowservice.v1.HistoryService',
  matching: 'temporal.api.workflowservice.v1.MatchingService',
  worker: 'temporal.api.workflowservice.v1.WorkerService',
};
const SERVING = 1;

export interface RunningService {
  name: ServiceName;
  child: ChildProcess;
}

/**
 * One Temporal service in a process of its own, as a deployment runs it:
 * `temporal-server --config-file … --allow-no-auth start --service NAME`. Its
 * output is appended to .data/logs/<cluster>-<service>.log by the process
 * itself (no pipe through us), its pid goes to .data/<cluster>/<service>.pid
 * for `stop` and for whoever kills it on purpose, and it runs in a process
 * group of its own so a terminal's Ctrl-C reaches only us, who stop it in order.
 */
export function startService(layout: ClusterLayout, configFile: string, name: ServiceName): RunningService {
  mkdirSync(layout.logsDir, { recursive: true });
  const log = openSync(serviceLog(layout, name), 'a');
  // Mentorflow runs without an authorizer here, as the dev server does: the cluster listens on loopback only.
  const args = ['--config-file', configFile, '--allow-no-auth', 'start', '--service', name];
  const child = spawn(serverBinary(layout), args, { stdio: ['ignore', log, log], detached: true });
  closeSync(log);
  writeFileSync(pidFile(layout, name), `${child.pid}\n`);
  child.once('exit', () => rmSync(pidFile(layout, name), { force: true }));
  return { name, child };
}

/** Resolves once the service's health check answers SERVING; fails early if the process exits. */
export async function waitUntilServing(layout: ClusterLayout, service: RunningService, timeoutMs = 90_000): Promise<void> {
  const address = `127.0.0.1:${layout.services[service.name].grpc}`;
  const connection = Connection.lazy({ address, connectTimeout: 1000 });
  const deadline = Date.now() + timeoutMs;
  try {
    for (let lastProblem = 'no answer'; ; await new Promise((resolve) => setTimeout(resolve, 500))) {
      const { exitCode, signalCode } = service.child;
      if (exitCode !== null || signalCode !== null) {
        throw new Error(`${service.name} exited (${signalCode ?? exitCode}): see ${serviceLog(layout, service.name)}`);
      }
      if (Date.now() > deadline) throw new Error(`${service.name} at ${address} not serving after ${timeoutMs} ms: ${lastProblem}`);
      try {
        const { status } = await connection.healthService.check({ service: HEALTH_NAMES[service.name] });
        if (status === SERVING) return;
        lastProblem = `health status ${status}`;
      } catch (error) {
        lastProblem = String(error);
      }
    }
  } finally {
    await connection.close();
  }
}

/** SIGTERM (the server drains: history hands its shards back), SIGKILL after 20 s. */
export function stopService(service: RunningService): Promise<void> {
  return stopChild(service.child, 20_000);
}
