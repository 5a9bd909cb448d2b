import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { EngineCall } from '../../../../libs/logging/request-context';
import type { ShedReason } from '../load-shedding/shed-load';
import { ReadModelGauges } from './read-model-gauges';

/** From a quick read (5 ms) to the engine wait's default bound (10 s) and past it. */
const SECONDS_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * One answered request: its route as declared (never the path, which holds ids), its status, the error code it gave, and
 * why it was shed when it was refused before it was read (shed-load.ts).
 */
export interface AnsweredRequest {
  method: string;
  route: string;
  status: number;
  seconds: number;
  code?: string;
  shed?: ShedReason;
}

/**
 * The API process's Prometheus metrics, in a registry of its own (the tests
 * run several APIs in one process): requests by route and status, their
 * latency, error answers by code (the 503s and 429s among them), how long
 * requests waited for the engine, Node's own process metrics, and the
 * engine's backlogs read from PostgreSQL at each scrape. docs/operations.md
 * says what to alert on.
 */
@Injectable()
export class ApiMetrics {
  private readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'mentorflow_http_requests_total',
    help: 'HTTP requests answered, by method, declared route and status',
    labelNames: ['method', 'route', 'status'],
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: 'mentorflow_http_request_duration_seconds',
    help: 'Time from a request arriving to its answer being sent, by method and declared route',
    labelNames: ['method', 'route'],
    buckets: SECONDS_BUCKETS,
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'mentorflow_http_errors_total',
    help:
      'Error answers by status and error code (e.g. 503 engine-unavailable, 429 rate-limited); ' +
      'shed says why a 503 engine-busy was given before the request was read (event-loop-lag, engine-full)',
    labelNames: ['status', 'code', 'shed'],
    registers: [this.registry],
  });
  private readonly engineCalls = new Histogram({
    name: 'mentorflow_engine_call_duration_seconds',
    help: 'Time a request waited for one call to the workflow engine, by operation and outcome',
    labelNames: ['operation', 'outcome'],
    buckets: SECONDS_BUCKETS,
    registers: [this.registry],
  });

  constructor(private readonly readModels: ReadModelGauges) {
    collectDefaultMetrics({ register: this.registry });
    readModels.registerIn(this.registry);
  }

  answered({ method, route, status, seconds, code, shed }: AnsweredRequest): void {
    this.requests.inc({ method, route, status: String(status) });
    this.latency.observe({ method, route }, seconds);
    // Without a shed label otherwise, so every other series (and every query on status and code) stays as it was.
    if (status >= 400) this.errors.inc({ status: String(status), code: code ?? 'none', ...(shed ? { shed } : {}) });
  }

  engineCall({ operation, outcome, seconds }: EngineCall): void {
    this.engineCalls.observe({ operation, outcome }, seconds);
  }

  /** The text a scrape gets: the backlogs read now, with everything counted so far. */
  async render(): Promise<{ contentType: string; body: string }> {
    await this.readModels.refresh();
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
