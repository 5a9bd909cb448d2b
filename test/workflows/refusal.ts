import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';

/** The reason a workflow gave for refusing an update; fails the test if the update was not refused. */
export async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
  return (error as WorkflowUpdateFailedError).cause!.message;
}

/** The same refusal as a client reads it: its text, its code (the failure's type) and its parameters (the failure's details). */
export async function refusalWithCode(promise: Promise<unknown>): Promise<{ message: string; code?: string; params?: unknown }> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
  const cause = (error as WorkflowUpdateFailedError).cause;
  expect(cause).toBeInstanceOf(ApplicationFailure);
  const { message, type, details } = cause as ApplicationFailure;
  return { message, code: type ?? undefined, params: details?.[0] };
}
