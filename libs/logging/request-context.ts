import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/**
 * How one call to the workflow engine went, as the request that made it sees it: `ok` when the engine answered (a command a
 * workflow's validator refused too: that is its answer, which the update's result then throws), else why not.
 */
export type EngineCallOutcome = 'ok' | 'not-found' | 'already-started' | 'timeout' | 'unavailable' | 'failed';

export interface EngineCall {
  /** The client operation: start, update, signal, signal-with-start, update-with-start, query, describe, terminate, cancel. */
  operation: string;
  outcome: EngineCallOutcome;
  seconds: number;
}

/** What the code a request runs may know of the request: its id, and where its calls to the engine are counted. */
export interface RequestContext {
  requestId: string;
  engineCall?: (call: EngineCall) => void;
}

const current = new AsyncLocalStorage<RequestContext>();

/**
 * An X-Request-Id a client or a proxy may set: 8 to 128 letters, digits and
 * `-_.:` (a UUID, a load balancer's trace id). It travels into the audit log
 * and the workflow history, so nothing else is taken: no spaces, no `@`, no
 * text that could carry a name or an address.
 */
const VALID_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** The request's id: the one it came with when that is valid, else a new UUID. */
export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && VALID_REQUEST_ID.test(header) ? header : randomUUID();
}

/** Runs a request's handling with its context, for the Temporal client (and anything else) to find. */
export function withRequestContext<T>(context: RequestContext, handle: () => T): T {
  return current.run(context, handle);
}

/** The context of the request being handled; undefined outside one (a worker's activity, a schedule). */
export function currentRequestContext(): RequestContext | undefined {
  return current.getStore();
}
