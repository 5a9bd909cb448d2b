import {
  isGrpcDeadlineError,
  ServiceError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
  type WorkflowClientInterceptor,
} from '@temporalio/client';
import { defaultPayloadConverter, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/common';
import type { Headers } from '@temporalio/common';
import { currentRequestContext, type EngineCallOutcome } from '../logging/request-context';

/** The header that carries the API request's id into the workflow's history (start, update and signal events keep it). */
export const REQUEST_ID_HEADER = 'mentorflow-request-id';

/**
 * Ties each call to the engine to the API request that made it: the
 * request's id goes with every command as a Temporal header, so the history
 * of the workflow it changed names the request (and so its audit row and its
 * access-log line); and how long the call waited, and how it ended, is told
 * to the request's context, which counts it. Outside a request (a worker's
 * activity) calls go as they are.
 */
export function requestTracing(): WorkflowClientInterceptor {
  return {
    startWithDetails: (input, next) => traced('start', () => next({ ...input, headers: withRequestId(input.headers) })),
    startUpdate: (input, next) => traced('update', () => next({ ...input, headers: withRequestId(input.headers) })),
    startUpdateWithStart: (input, next) =>
      traced('update-with-start', () =>
        next({
          ...input,
          workflowStartHeaders: withRequestId(input.workflowStartHeaders),
          updateHeaders: withRequestId(input.updateHeaders),
        }),
      ),
    signal: (input, next) => traced('signal', () => next({ ...input, headers: withRequestId(input.headers) })),
    signalWithStart: (input, next) => traced('signal-with-start', () => next({ ...input, headers: withRequestId(input.headers) })),
    query: (input, next) => traced('query', () => next(input)),
    describe: (input, next) => traced('describe', () => next(input)),
    terminate: (input, next) => traced('terminate', () => next(input)),
    cancel: (input, next) => traced('cancel', () => next(input)),
  };
}

function withRequestId(headers: Headers): Headers {
  const context = currentRequestContext();
  return context ? { ...headers, [REQUEST_ID_HEADER]: defaultPayloadConverter.toPayload(context.requestId) } : headers;
}

async function traced<T>(operation: string, call: () => Promise<T>): Promise<T> {
  const report = currentRequestContext()?.engineCall;
  if (!report) return call();
  const started = process.hrtime.bigint();
  const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
  try {
    const result = await call();
    report({ operation, outcome: 'ok', seconds: seconds() });
    return result;
  } catch (error) {
    report({ operation, outcome: outcomeOf(error), seconds: seconds() });
    throw error;
  }
}

/** How a failed call ended, in the few words an operator alerts on: the engine's answer, or the engine not answering. */
export function outcomeOf(error: unknown): EngineCallOutcome {
  if (error instanceof WorkflowNotFoundError) return 'not-found';
  if (error instanceof WorkflowExecutionAlreadyStartedError) return 'already-started';
  if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError || isGrpcDeadlineError(error)) return 'timeout';
  if (error instanceof ServiceError) return isGrpcDeadlineError(error.cause) ? 'timeout' : 'unavailable';
  return 'failed';
}
