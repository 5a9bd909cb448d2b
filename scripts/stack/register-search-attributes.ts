import { execFileSync } from 'node:child_process';
import type { TemporalConfig } from '../../libs/config/app-config';
import { temporalCliPath } from './binaries';

/**
 * Registers temporal.yaml's search attributes on a real cluster (the dev
 * server gets them at start); one already there is left alone. Uses the
 * Temporal CLI, which already knows how to reach self-hosted clusters and
 * Temporal Cloud; pass its usual TEMPORAL_* environment for TLS or API keys.
 */
export function registerSearchAttributes(temporal: TemporalConfig, say: (line: string) => void): void {
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
      say(`registered ${name} (${type})`);
    } catch (error) {
      const output = String((error as { stderr?: Buffer }).stderr ?? error);
      if (/already exists/i.test(output)) say(`${name} already registered`);
      else throw new Error(`registering ${name}: ${output}`, { cause: error });
    }
  }
}
