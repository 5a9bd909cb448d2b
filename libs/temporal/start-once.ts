import type { Client, WorkflowStartOptions } from '@temporalio/client';
import { WorkflowExecutionAlreadyStartedError, WorkflowIdReusePolicy } from '@temporalio/common';

/**
 * Starts a workflow that must run once for its id, ever: started again (an
 * activity's retry), running or finished, nothing new starts. Answers whether
 * this call started it.
 */
export async function startOnce(client: Client, workflowType: string, options: Omit<WorkflowStartOptions, 'workflowIdReusePolicy'>): Promise<boolean> {
  try {
    await client.workflow.start(workflowType, { ...options, workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE });
    return true;
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) return false;
    throw error;
  }
}
