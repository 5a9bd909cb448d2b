import { ConflictException, NotFoundException } from '@nestjs/common';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { WorkflowNotFoundError } from '@temporalio/common';
import type { QueryDefinition, UpdateDefinition } from '@temporalio/common';

/** The state query of a workflow, or a 404 saying what does not exist. */
export async function askState<State>(handle: WorkflowHandle, query: QueryDefinition<State>, notFound: string): Promise<State> {
  try {
    return await handle.query(query);
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) throw new NotFoundException(notFound);
    throw error;
  }
}

/**
 * One command, one update. The workflow's validator refuses what does not
 * fit (409 with its reason, through the error filter); a finished workflow
 * takes no updates, so that refusal is worded here, with its last phase.
 */
export async function sendCommand<State extends { phase: string }, Arg>(
  handle: WorkflowHandle,
  update: UpdateDefinition<State, [Arg]>,
  arg: Arg,
  query: QueryDefinition<State>,
  names: { subject: string; notFound: string },
): Promise<State> {
  try {
    return await handle.executeUpdate(update, { args: [arg] });
  } catch (error) {
    if (!(error instanceof WorkflowNotFoundError)) throw error;
    const { phase } = await askState(handle, query, names.notFound);
    throw new ConflictException(`refused: ${names.subject} has ended (${phase})`);
  }
}

/**
 * The command was not applied: the workflow's validator refused it, the
 * workflow has ended, or the server turned it away unprocessed (a 503: the
 * client sends it again, and what was stored for it is stored again then).
 * Anything else (a timeout, the engine away) leaves the command's fate open:
 * it may still take effect, so what was stored for it must stay for the retry.
 */
export function isRefusal(error: unknown): boolean {
  return error instanceof WorkflowUpdateFailedError || error instanceof ConflictException;
}
