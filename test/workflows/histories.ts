import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkflowHandle } from '@temporalio/client';
import { temporal } from '@temporalio/proto';

/**
 * Histories recorded from the workflow tests are committed under
 * test/histories/ and replayed against the current workflow code in CI, so a
 * change that would break a running workflow fails the build. Record anew
 * with RECORD_HISTORIES=1 only when the change is meant to be compatible
 * (behind patched()) or no workflow of the old shape is running anywhere.
 */
export const HISTORIES_DIR = join(__dirname, '..', 'histories');

export async function recordHistory(handle: WorkflowHandle, name: string): Promise<void> {
  if (process.env.RECORD_HISTORIES !== '1') return;
  mkdirSync(HISTORIES_DIR, { recursive: true });
  const history = await handle.fetchHistory();
  writeFileSync(join(HISTORIES_DIR, `${name}.json`), JSON.stringify(history, null, 1) + '\n');
}

/**
 * Loaded with protobufjs' own fromObject (the inverse of how they were
 * written), not the SDK's historyFromJSON: with two protobufjs majors in the
 * tree the latter fails with "type must be a Type".
 */
export function recordedHistories(): Array<{ workflowId: string; history: temporal.api.history.v1.IHistory }> {
  return readdirSync(HISTORIES_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({
      workflowId: file.replace(/\.json$/, ''),
      history: temporal.api.history.v1.History.fromObject(JSON.parse(readFileSync(join(HISTORIES_DIR, file), 'utf8'))),
    }));
}
