import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { embeddedPostgresDataDir } from '../../libs/persistence/embedded-postgres-data-dir';
import { ClusterLayout, pidFile, SERVICES, UI_SERVER } from './cluster-layout';
import { isAlive, readPid, runs } from './pids';

/**
 * `cluster stop`: asks the process that started the cluster to stop it in
 * order (SIGTERM, as Ctrl-C does); then stops whatever the pid files and
 * PostgreSQL's postmaster.pid still name, which a starter killed outright
 * leaves behind. Returns whether anything was running.
 */
export async function stopCluster(layout: ClusterLayout, say: (line: string) => void): Promise<boolean> {
  const owner = readPid(pidFile(layout, 'cluster'));
  const ownerAlive = !!owner && runs(owner, 'cluster/main');
  if (ownerAlive) {
    say(`stopping the ${layout.name} (pid ${owner})`);
    process.kill(owner, 'SIGTERM');
    await waitUntilGone([owner], 90_000);
  }
  // What an owner interrupted while starting (it stops nothing then) or killed outright left behind.
  const services = SERVICES.map((name) => readPid(pidFile(layout, name))).filter(
    (pid): pid is number => !!pid && runs(pid, 'temporal-server'),
  );
  const ui = readPid(pidFile(layout, UI_SERVER));
  const orphans = ui && runs(ui, 'temporal-ui-server') ? [...services, ui] : services;
  for (const pid of orphans) process.kill(pid, 'SIGTERM');
  const postmaster = join(embeddedPostgresDataDir(layout.postgresDataDir), 'postmaster.pid');
  const postgres = existsSync(postmaster) ? Number(readFileSync(postmaster, 'utf8').split('\n')[0]) : 0;
  const stopped = postgres > 0 && runs(postgres, 'postgres') ? [...orphans, postgres] : orphans;
  // SIGINT is PostgreSQL's fast shutdown: it ends sessions and stops cleanly.
  if (stopped.includes(postgres)) process.kill(postgres, 'SIGINT');
  if (stopped.length > 0) say(`stopping the ${layout.name}'s leftover processes ${stopped.join(', ')}`);
  await waitUntilGone(stopped, 30_000);
  for (const name of ['cluster', ...SERVICES, UI_SERVER]) rmSync(pidFile(layout, name), { force: true });
  return ownerAlive || stopped.length > 0;
}

async function waitUntilGone(pids: number[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (pids.some(isAlive)) {
    if (Date.now() > deadline) throw new Error(`still running after ${timeoutMs} ms: ${pids.filter(isAlive).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
