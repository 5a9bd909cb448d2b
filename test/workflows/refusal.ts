import { WorkflowUpdateFailedError } from '@temporalio/client';

/** The reason a workflow gave for refusing an update; fails the test if the update was not refused. */
export async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
  return (error as WorkflowUpdateFailedError).cause!.message;
}
