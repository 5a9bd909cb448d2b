import type { Client, WorkflowStartOptions } from '@temporalio/client';
import { TypedSearchAttributes, WorkflowExecutionAlreadyStartedError, WorkflowIdReusePolicy } from '@temporalio/common';
import { workflowsVersionAttribute } from '../../workflows/version';

/**
 * Starts a workflow that must run once for its id, ever: started again (an
 * activity's retry), running or finished, nothing new starts. Answers whether
 * this call started it. The run carries the workflow code's version
 * (MentorflowWorkflowsVersion) with the search attributes it is given.
 */
export async function startOnce(
  client: Client,
  workflowType: string,
  options: Omit<WorkflowStartOptions, 'workflowIdReusePolicy'>,
): Promise<boolean> {
  const given =
    options.typedSearchAttributes instanceof TypedSearchAttributes
      ? options.typedSearchAttributes.getAll()
      : (options.typedSearchAttributes ?? []);
  try {
    await client.workflow.start(workflowType, {
      ...options,
      typedSearchAttributes: [...given, workflowsVersionAttribute],
      workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
    });
    return true;
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) return false;
    throw error;
  }
}
