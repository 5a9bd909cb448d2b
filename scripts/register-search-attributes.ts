import { execFileSync } from 'node:child_process';
import { loadConfig } from '../libs/config/load-config';
import { temporalCliPath } from './stack/binaries';

/**
 * Registers temporal.yaml's search attributes on a real cluster (the dev
 * server gets them at start). Uses the Temporal CLI, which already knows how
 * to reach self-hosted clusters and Temporal Cloud; pass its usual
 * TEMPORAL_* environment for TLS or API keys.
 */
const { temporal } = loadConfig();
for (const [name, type] of Object.entries(temporal.searchAttributes)) {
  const args = [
    'operator',
    'search-attribute',
    'create',
    '--address',
    temporal.address,
    '--namespace',
    temporal.namespace,
    '--name',
    name,
    '--type',
    type,
  ];
  try {
    execFileSync(temporalCliPath(), args, { stdio: 'pipe' });
    console.log(`registered ${name} (${type})`);
  } catch (error) {
    const output = String((error as { stderr?: Buffer }).stderr ?? error);
    if (/already exists/i.test(output)) console.log(`${name} already registered`);
    else throw new Error(`registering ${name}: ${output}`, { cause: error });
  }
}
