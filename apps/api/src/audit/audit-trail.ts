import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Request } from 'express';
import { IsNull, Repository } from 'typeorm';
import { AuditEntry } from '../../../../libs/persistence/entities';
import { auditRow } from './audit-row';

/** Routes that touch no one's data: health checks, the API's own description and its metrics (scraped every few seconds). */
const UNAUDITED = /^\/(health|docs|metrics)(\/|$)/;

/**
 * Writes the audit log: one row per request, so nothing is read or written
 * without a trace of who, what, when and how it ended. A request that reaches
 * its route writes its row first (`begin`) and its status when it is answered
 * (`record`); one refused before (no token, no role, a bad body) writes its row
 * whole as it is answered. Every value is cut to fit (audit-row.ts), so only
 * the database itself can refuse a trace.
 */
@Injectable()
export class AuditTrail {
  /** The row each running request began with: set by `begin`, given its status by `record`. */
  private readonly begun = new WeakMap<Request, string>();

  constructor(@InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>) {}

  async begin(request: Request): Promise<void> {
    if (UNAUDITED.test(request.path) || this.begun.has(request)) return;
    const { identifiers } = await this.entries.insert({ ...auditRow(request), status: null });
    this.begun.set(request, String(identifiers[0].id));
  }

  async record(request: Request, status: number): Promise<void> {
    if (UNAUDITED.test(request.path)) return;
    const id = this.begun.get(request);
    if (id === undefined) {
      await this.entries.insert({ ...auditRow(request), status });
      return;
    }
    // Only a row still without its status: a request answered twice (an error after its answer) keeps the first.
    await this.entries.update({ id, status: IsNull() }, { status });
  }
}
