import { Injectable } from '@nestjs/common';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Check, settle } from '../../../libs/health/settle';
import { DatabaseHealth } from '../../../libs/persistence/database-health';
import { TemporalWorkerService } from './temporal-worker.service';

const CHECK_TIMEOUT_MS = 3000;

type Checks = Record<string, Check>;

/**
 * The worker's health, for a supervisor (a Kubernetes probe, a load
 * balancer): live while it polls its task queue (a worker that stopped
 * polling is to be restarted), ready while the Temporal server and
 * PostgreSQL both answer it.
 */
@Injectable()
export class WorkerHealth {
  constructor(
    private readonly worker: TemporalWorkerService,
    private readonly database: DatabaseHealth,
  ) {}

  live(): Checks {
    return { polling: this.worker.notPolling() ?? 'ok' };
  }

  async ready(): Promise<Checks> {
    const [temporal, postgres] = await Promise.all([
      settle(this.worker.pingEngine(CHECK_TIMEOUT_MS), CHECK_TIMEOUT_MS),
      settle(this.database.ping(), CHECK_TIMEOUT_MS),
    ]);
    return { temporal, postgres };
  }
}

/**
 * Serves `GET /livez` and `GET /readyz` at `address` (host:port; port 0
 * picks a free one): 200 when every check is ok, else 503 naming what fails.
 * The bodies hold states and error messages, no data. Resolves once it listens.
 */
export async function serveWorkerHealth(health: WorkerHealth, address: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = (request.url ?? '').split('?')[0];
    const checking =
      request.method !== 'GET' ? undefined : path === '/livez' ? health.live() : path === '/readyz' ? health.ready() : undefined;
    if (!checking) return void response.writeHead(404, { 'Content-Type': 'application/json' }).end('{"status":"not-found"}');
    void Promise.resolve(checking).then((checks) => {
      const ok = Object.values(checks).every((check) => check === 'ok');
      response.writeHead(ok ? 200 : 503, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      response.end(JSON.stringify({ status: ok ? 'ok' : 'failing', checks }));
    });
  });
  const { host, port } = parseAddress(address);
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, host, resolve));
  return server;
}

/** The port a server listens on (the one picked for port 0). */
export function portOf(server: Server): number {
  return (server.address() as AddressInfo).port;
}

function parseAddress(address: string): { host: string; port: number } {
  const colon = address.lastIndexOf(':');
  return { host: address.slice(0, colon).replace(/^\[(.*)\]$/, '$1'), port: Number(address.slice(colon + 1)) };
}
