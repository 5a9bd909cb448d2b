import type { UpdateDefinition } from '@temporalio/common';
import { ApplicationFailure, setHandler } from '@temporalio/workflow';
import { RefusalArgs, RefusalCode, refusalText } from './refusals';

/**
 * Refuses a command with a reason the caller sees: its code as the failure's
 * type, its parameters as the details (encoded by the payload codec like any
 * payload), its English text as the message. Thrown by a validator it rejects
 * the update before it reaches history; thrown by a handler, an
 * ApplicationFailure fails only that update, never the workflow task.
 */
export function refuse<Code extends RefusalCode>(code: Code, ...params: RefusalArgs<Code>): never {
  throw ApplicationFailure.create({ message: refusalText(code, ...params), type: code, details: params, nonRetryable: true });
}

/** Binds an update to its check (the validator) and its handler, with the argument types taken from the definition. */
export function onCommand<State, Args extends [unknown]>(
  update: UpdateDefinition<State, Args>,
  check: (...args: NoInfer<Args>) => void,
  run: (...args: NoInfer<Args>) => Promise<State>,
): void {
  setHandler(update, run, { validator: check });
}
