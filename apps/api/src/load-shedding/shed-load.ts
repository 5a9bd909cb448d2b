import { HttpStatus } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { EngineBusyError } from '../../../../libs/temporal-connection/engine-gate';
import { isConsolePage, isYoungPersonPage } from '../console/console-routes';
import { wantsPage } from '../console/serve-console';
import { CONTACT_LOG_WRITE } from '../mentorships/contact-log-routes';
import { answer } from '../errors/api-exception.filter';
import { toHttpError } from '../errors/http-error';
import { noteErrorCode } from '../observability/request-observation';

/**
 * Why a request was refused before it was read: the process already serves as many as it may at once, it is itself late, or
 * the engine gate has no room left.
 */
export type ShedReason = 'in-flight' | 'event-loop-lag' | 'engine-full';

/** What the process knows of its own load, read at each request. */
export interface LoadSignals {
  /** The event loop's recent lag (EventLoopLag). */
  eventLoopLagMs(): number;
  /** A place at the engine gate asked for now would be refused (EngineGate.full). */
  engineFull(): boolean;
  /** Requests holding or queued for a place at the engine gate (EngineGate.busy): waiting on the engine, not on this process. */
  waitingOnEngine(): number;
}

export interface ShedLimits {
  /**
   * Requests this process works on at once (those that may be shed, less those waiting on the engine, which its gate bounds),
   * past which the next is refused; 0 for no bound.
   */
  maxInFlight: number;
  /** Lag past which every request that may be shed is; 0 for never. */
  maxEventLoopLagMs: number;
  /** What a refused caller is told to wait: the engine gate's own Retry-After. */
  retryAfterSeconds: number;
}

/**
 * Never shed: the probes and the scrape that tell an operator the process is overloaded, the codec server through which she
 * reads the engine's payloads while it is full, and sign-in, whose pages and forms a browser shows (a JSON 503 would leave a
 * person before a page of code, her one-time link perhaps spent on it).
 */
const NEVER_SHED = /^\/(health|metrics|codec|sign-in)(\/|$)/;
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** The console's files (serve-console.ts): read from disk, no session looked up, and a browser must get a page, not JSON. */
function isConsoleFile(request: Request): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (request.path.startsWith('/assets/')) return true;
  return (isConsolePage(request.path) || isYoungPersonPage(request.path)) && wantsPage(request);
}

/** Requests never shed, so never counted among those in flight either. */
function neverShed(request: Request): boolean {
  return NEVER_SHED.test(request.path) || isConsoleFile(request);
}

/**
 * Whether to refuse a request that may be shed now, before anything of it is read, `inFlight` others being served.
 * - A process already working on its bound refuses the next: each request taken on adds its work to what every later one,
 *   refusals included, waits behind on the loop, and the bound keeps that short from the first busy moment, where the lag
 *   shows only once a second's samples are late. Those waiting on the engine are left out: they wait on another process, the
 *   engine gate bounds them, and counted here a slow engine would turn away the reads PostgreSQL still answers.
 * - A loop late past the limit refuses all it may, for the same reason.
 * - A full engine gate refuses writes, which it would turn away at the gate anyway once parsed, authenticated and audited, but
 *   for a course's meetings, check-ins and missed meetings, which only store a row (CONTACT_LOG_WRITE: the rare one the course
 *   must hear of at once meets the gate as it tells the course, its row stored, and its client's retry tells it again; other
 *   writes that touch PostgreSQL alone are rare and refused with the rest, their client retrying after Retry-After); reads never,
 *   as those from PostgreSQL alone must keep answering and those needing the engine meet the gate.
 */
function shedReason(request: Request, signals: LoadSignals, limits: ShedLimits, inFlight: number): ShedReason | undefined {
  if (limits.maxInFlight > 0 && inFlight - signals.waitingOnEngine() >= limits.maxInFlight) return 'in-flight';
  if (limits.maxEventLoopLagMs > 0 && signals.eventLoopLagMs() > limits.maxEventLoopLagMs) return 'event-loop-lag';
  if (WRITES.has(request.method) && !CONTACT_LOG_WRITE.test(request.path) && signals.engineFull()) return 'engine-full';
  return undefined;
}

/**
 * The first middleware after the request's count and log line (request-observation.ts): past capacity a request is refused
 * before its body is parsed, its session or token looked up, its audit row written or its Idempotency-Key claimed, with the
 * engine gate's own answer (503 engine-busy, Retry-After), so a client and the benchmark treat both alike, and counted in
 * mentorflow_http_errors_total with a `shed` label saying why.
 *
 * It writes no audit row, as the rate limit's 429 before it writes none: the audit traces who read or changed what, and who
 * was refused access (a 401 or 403 is a judgement on a caller); a shed request has had nothing read, no caller named and no
 * route matched (its row would hold the raw path, ids and all), and a row written for each would be a database round trip
 * for every request the process is too loaded to take. Its access-log line, with its request id, is its trace.
 */
export function shedLoad(signals: LoadSignals, limits: ShedLimits): RequestHandler {
  const body = toHttpError(new EngineBusyError(limits.retryAfterSeconds));
  let inFlight = 0;
  return (request: Request, response: Response, next: NextFunction) => {
    if (neverShed(request)) return next();
    const reason = shedReason(request, signals, limits, inFlight);
    if (!reason) {
      inFlight += 1;
      // 'close' comes once the answer is sent or the client went away, so a place is never held by a request gone.
      response.once('close', () => (inFlight -= 1));
      return next();
    }
    noteErrorCode(response, body.code, reason);
    answer(response, HttpStatus.SERVICE_UNAVAILABLE, body);
  };
}
