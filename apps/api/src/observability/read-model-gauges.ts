import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Gauge, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';

type Count = { count: string };

/**
 * What the engine has waiting, read from PostgreSQL at each scrape (the
 * same figures from every API process): the mail outbox's backlog, open
 * nudges by kind, open escalations by urgency and level. Counts only, by
 * kinds the engine defines: nothing here names a person or a program.
 * Registered in the API's own registry only (`registers: []` keeps them out
 * of prom-client's global one, where a second API in a process would clash).
 */
@Injectable()
export class ReadModelGauges {
  private readonly logger = new Logger('ReadModelGauges');
  private readonly up = new Gauge({
    name: 'mentorflow_read_models_up',
    help: '1 when the last scrape could read the backlogs below',
    registers: [],
  });
  private readonly outbox = new Gauge({
    name: 'mentorflow_mail_outbox_backlog',
    help: 'Mails recorded but not sent: due now, or held until the end of quiet hours',
    labelNames: ['state'],
    registers: [],
  });
  private readonly oldestDue = new Gauge({
    name: 'mentorflow_mail_outbox_oldest_due_seconds',
    help: 'How long the oldest mail due has waited to be sent (0 when none)',
    registers: [],
  });
  private readonly undeliverable = new Gauge({
    name: 'mentorflow_mail_outbox_undeliverable',
    help: 'Mails the relay refused for good (an address that does not exist)',
    registers: [],
  });
  private readonly nudges = new Gauge({ name: 'mentorflow_nudges_open', help: 'Open nudges by kind', labelNames: ['kind'], registers: [] });
  private readonly escalations = new Gauge({
    name: 'mentorflow_escalations_open',
    help: 'Open escalations by urgency and level (panel, coordinator, program-lead, unowned)',
    labelNames: ['urgency', 'level'],
    registers: [],
  });

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  registerIn(registry: Registry): void {
    for (const gauge of [this.up, this.outbox, this.oldestDue, this.undeliverable, this.nudges, this.escalations])
      registry.registerMetric(gauge);
  }

  /** Reads every figure afresh; with the database away they are left out (not kept stale) and `up` says 0. */
  async refresh(): Promise<void> {
    this.resetFigures();
    try {
      await Promise.all([this.readOutbox(), this.readNudges(), this.readEscalations()]);
      this.up.set(1);
    } catch (error) {
      this.resetFigures();
      this.up.set(0);
      this.logger.warn({ message: 'metrics: backlogs not read', error: String(error) });
    }
  }

  private resetFigures(): void {
    for (const gauge of [this.outbox, this.oldestDue, this.undeliverable, this.nudges, this.escalations]) gauge.reset();
  }

  private async readOutbox(): Promise<void> {
    const [row]: Array<{ due: string; held: string; undeliverable: string; oldest_due_seconds: string | null }> =
      await this.dataSource.query(
        `SELECT count(*) FILTER (WHERE status = 'pending' AND deliver_after <= now()) AS due,
                count(*) FILTER (WHERE status = 'pending' AND deliver_after > now()) AS held,
                count(*) FILTER (WHERE status = 'undeliverable') AS undeliverable,
                extract(epoch FROM now() - min(deliver_after) FILTER (WHERE status = 'pending' AND deliver_after <= now()))
                  AS oldest_due_seconds
           FROM notifications WHERE status IN ('pending', 'undeliverable')`,
      );
    this.outbox.set({ state: 'due' }, Number(row.due));
    this.outbox.set({ state: 'held' }, Number(row.held));
    this.undeliverable.set(Number(row.undeliverable));
    this.oldestDue.set(Number(row.oldest_due_seconds ?? 0));
  }

  private async readNudges(): Promise<void> {
    const rows: Array<Count & { kind: string }> = await this.dataSource.query(
      `SELECT kind, count(*) AS count FROM nudges WHERE status = 'open' GROUP BY kind`,
    );
    for (const { kind, count } of rows) this.nudges.set({ kind }, Number(count));
  }

  private async readEscalations(): Promise<void> {
    const rows: Array<Count & { urgency: string; level: string }> = await this.dataSource.query(
      `SELECT urgency, level, count(*) AS count FROM escalations WHERE status = 'open' GROUP BY urgency, level`,
    );
    for (const { urgency, level, count } of rows) this.escalations.set({ urgency, level }, Number(count));
  }
}
