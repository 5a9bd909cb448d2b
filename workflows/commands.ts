import type { UpdateDefinition } from '@temporalio/common';
import { ApplicationFailure, setHandler } from '@temporalio/workflow';

/**
 * Refuses a command with the reason the caller sees. Thrown by a validator it
 * rejects the update before it reaches history; thrown by a handler, an
 * ApplicationFailure fails only that update, never the workflow task.
 */
export function refuse(reason: string): never {
  throw ApplicationFailure.create({ message: reason, type: 'CommandRefused', nonRetryable: true });
}

/** Binds an update to its check (the validator) and its handler, with the argument types taken from the definition. */
export function onCommand<State, Args extends [unknown]>(
  update: UpdateDefinition<State, Args>,
  check: (...args: NoInfer<Args>) => void,
  run: (...args: NoInfer<Args>) => Promise<State>,
): void {
  setHandler(update, run, { validator: check });
}
