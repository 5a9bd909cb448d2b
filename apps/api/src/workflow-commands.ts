import { ConflictException, HttpException, NotFoundException } from '@nestjs/common';
import type { ErrorArgs } from '../../../libs/contracts/error-codes';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { ApplicationFailure, WorkflowNotFoundError } from '@temporalio/common';
import { EngineBusyError } from '../../../libs/temporal-connection/engine-gate';
import type { QueryDefinition, UpdateDefinition } from '@temporalio/common';
import { currentCommandUpdateId } from './idempotency/command-update-id';
import { refused } from '../../../libs/validation/coded-exceptions';

/** The state query of a workflow, or a 404 saying what does not exist. */
export async function askState<State>(
  handle: WorkflowHandle,
  query: QueryDefinition<State>,
  notFound: () => HttpException,
): Promise<State> {
  try {
    return await handle.query(query);
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) throw notFound();
    throw error;
  }
}

/**
 * One command, one update. The workflow's validator refuses what does not
 * fit (409 with its reason, through the error filter); a finished workflow
 * takes no updates, so that refusal is worded here, with its last phase.
 * The update id is the one given, else the request's Idempotency-Key's: a
 * second send with the same id joins the first update and gets its answer.
 */
export async function sendCommand<State extends { phase: string }, Arg>(
  handle: WorkflowHandle,
  update: UpdateDefinition<State, [Arg]>,
  arg: Arg,
  query: QueryDefinition<State>,
  names: { subject: ErrorArgs<'workflow-ended'>[0]['subject']; notFound: () => HttpException },
  updateId = currentCommandUpdateId(),
): Promise<State> {
  try {
    return await handle.executeUpdate(update, { args: [arg], updateId });
  } catch (error) {
    if (!(error instanceof WorkflowNotFoundError)) throw error;
    const { phase } = await askState(handle, query, names.notFound);
    throw refused('workflow-ended', { subject: names.subject, phase });
  }
}

/**
 * The command was not applied: the workflow's validator refused it, the
 * workflow has ended, or it was turned away unprocessed, by the server or
 * before it was sent by the engine gate (a 503: the client sends it again,
 * and what was stored for it is stored again then).
 * Anything else (a timeout, the engine away) leaves the command's fate open:
 * it may still take effect, so what was stored for it must stay for the retry.
 */
export function isRefusal(error: unknown): boolean {
  return error instanceof WorkflowUpdateFailedError || error instanceof ConflictException || error instanceof EngineBusyError;
}

/** The workflow's validator refused the command with this reason. */
export function refusedWith(error: unknown, code: string): boolean {
  return error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure && error.cause.type === code;
}

/** Takes back what a request stored for its command. */
export type Undo = () => Promise<void>;

/**
 * The signal surely did not reach its workflow: the engine gate turned it
 * away before it was sent, or the workflow is gone (a course that ended is
 * not found). Anything else (a timeout, a lost connection) may have
 * delivered it.
 */
function isUndelivered(error: unknown): boolean {
  return error instanceof EngineBusyError || error instanceof WorkflowNotFoundError || error instanceof NotFoundException;
}

/**
 * A command whose details live in PostgreSQL, where the workflow must not
 * hold them: the row is stored first, then the command sent. The row is
 * undone only when the workflow refused the command: after a timeout, or
 * with the engine away, it may still take effect, and the client's retry
 * (with the same ids) finds the row. `store` answers no undo when it stored
 * nothing new: the row a retry finds is the first attempt's to keep.
 */
export function storeThenCommand<Answer>(store: () => Promise<Undo | undefined>, command: () => Promise<Answer>): Promise<Answer> {
  return storeThenSend(store, command, isRefusal);
}

/**
 * A fact the API checked and stored, which its workflow is told of by a
 * signal so that nothing waits for a workflow task. The row is undone only
 * when the signal surely did not land (isUndelivered): one that timed out
 * may have been taken, and a row taken back then would leave the workflow
 * holding what PostgreSQL no longer does. The client's retry finds the row
 * as its own (`store` answers no undo) and tells the workflow again, which
 * takes a fact it already has once.
 */
export function storeThenSignal(store: () => Promise<Undo | undefined>, signal: () => Promise<void>): Promise<void> {
  return storeThenSend(store, signal, isUndelivered);
}

async function storeThenSend<Answer>(
  store: () => Promise<Undo | undefined>,
  send: () => Promise<Answer>,
  surelyNotTaken: (error: unknown) => boolean,
): Promise<Answer> {
  const undo = await store();
  try {
    return await send();
  } catch (error) {
    if (undo && surelyNotTaken(error)) await undo();
    throw error;
  }
}
