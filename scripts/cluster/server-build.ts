import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ClusterLayout, GO_TOOLCHAIN, serverBinary, sqlToolBinary, TEMPORAL_SERVER_VERSION } from './cluster-layout';

const MODULE = 'go.temporal.io/server';

/**
 * Builds the Temporal server (`cmd/server`) and its SQL tool (`cmd/tools/sql`)
 * from the Go module into `.tools/temporal-server/<version>/`, once: a
 * complete folder is kept and reused. (The SQL tool carries the module's
 * schema/ files inside it, so nothing else is copied.) About 3 minutes on two cores and 1.7 GB of Go module cache; `nice`,
 * because the machine is shared. Builds into a side folder and renames it, so
 * an interrupted build never leaves a half folder that looks complete.
 */
export function ensureServerBinaries(layout: ClusterLayout, say: (line: string) => void): void {
  if (existsSync(serverBinary(layout)) && existsSync(sqlToolBinary(layout))) return;
  const partial = `${layout.binDir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const env = {
    ...process.env,
    GOBIN: partial,
    // v1.32.2 needs a newer Go than many machines have; the go command fetches this toolchain from the module proxy.
    GOTOOLCHAIN: process.env.GOTOOLCHAIN ?? GO_TOOLCHAIN,
    GOFLAGS: `${process.env.GOFLAGS ?? ''} -mod=mod`.trim(),
  };
  const started = Date.now();
  for (const [command, binary] of [
    ['cmd/server', 'temporal-server'],
    ['cmd/tools/sql', 'temporal-sql-tool'],
  ]) {
    say(`building ${MODULE}/${command}@${TEMPORAL_SERVER_VERSION} (once; a few minutes)`);
    execFileSync('nice', ['-n', '19', 'go', 'install', `${MODULE}/${command}@${TEMPORAL_SERVER_VERSION}`], { env, stdio: 'inherit' });
    renameSync(join(partial, command.split('/').pop()!), join(partial, binary));
  }
  rmSync(layout.binDir, { recursive: true, force: true });
  renameSync(partial, layout.binDir);
  say(`built the Temporal server ${TEMPORAL_SERVER_VERSION} in ${Math.round((Date.now() - started) / 1000)} s into ${layout.binDir}`);
}
