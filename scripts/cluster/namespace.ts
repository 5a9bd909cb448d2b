import { Connection, isGrpcServiceError } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
import type { TemporalConfig } from '../../libs/config/app-config';
import { registerSearchAttributes } from '../stack/register-search-attributes';

/** How long a closed workflow's history stays on the cluster. */
const RETENTION = '7 days';
/** gRPC's status code for ALREADY_EXISTS. */
const ALREADY_EXISTS = 6;

/**
 * Mentorflow's namespace on a fresh or existing cluster: registers it unless
 * it exists, registers the custom search attributes (the same code as
 * `./mentorflow register-search-attributes`), then waits until the frontend
 * accepts a visibility query naming every one of them, so the first workflow
 * started after this can set them.
 */
export async function prepareNamespace(temporal: TemporalConfig, say: (line: string) => void): Promise<void> {
  const connection = await Connection.connect({ address: temporal.address });
  try {
    try {
      await connection.workflowService.registerNamespace({
        namespace: temporal.namespace,
        workflowExecutionRetentionPeriod: msToTs(RETENTION),
      });
      say(`registered the namespace ${temporal.namespace}`);
    } catch (error) {
      if (!isGrpcServiceError(error) || error.code !== ALREADY_EXISTS) throw error;
    }
    await retryUntilAccepted(() => registerSearchAttributes(temporal, say));
    const query = Object.keys(temporal.searchAttributes)
      .map((name) => `${name} IS NULL`)
      .join(' AND ');
    await retryUntilAccepted(() => connection.workflowService.countWorkflowExecutions({ namespace: temporal.namespace, query }));
  } finally {
    await connection.close();
  }
}

/** A namespace just registered reaches each service's namespace cache within its refresh interval (2 s): until then, retry. */
async function retryUntilAccepted(attempt: () => unknown, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await attempt();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
