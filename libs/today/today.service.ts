import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import type { AuthenticatedUser } from '../auth/roles';
import { CourseDueReader } from '../mentorships/course-due-reader';
import type { Urgency } from '../../workflows/escalation/messages';
import { byUrgencyThenAge, TODAY_ITEM_KINDS, TodayItem, TodayItemKind, TodayPage, TodayReasonCode } from './today-items';
import { TODAY_QUERIES, TodayRow } from './today-queries';

/**
 * A coordinator's "what needs me now": per kind, her part's first rows and how many there are in all, read from PostgreSQL in one query
 * per kind (run side by side), never from the workflows. Each kind is scoped by the access rule of the route that deals with it, so a
 * program administrator gets the quotas behind, and nobody gets anything of a program or municipality not hers.
 */
@Injectable()
export class TodayService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly courses: CourseDueReader,
  ) {}

  async today(user: AuthenticatedUser, limitPerKind: number): Promise<TodayPage> {
    const answers = await Promise.all(TODAY_ITEM_KINDS.map((kind) => this.kind(user, kind, limitPerKind)));
    const counts = Object.fromEntries(TODAY_ITEM_KINDS.map((kind, index) => [kind, answers[index].count])) as Record<TodayItemKind, number>;
    const items = answers.flatMap((answer) => answer.items);
    await this.dateOverdueMeasurements(items.filter((item) => item.kind === 'measurement-overdue'));
    return { counts, items: items.sort(byUrgencyThenAge) };
  }

  /**
   * An overdue measurement is dated as its course has it due (libs/mentorships/course-due.ts): its due point after the start. One
   * due at closure has no such date, nor one its course no longer has due.
   */
  private async dateOverdueMeasurements(items: TodayItem[]): Promise<void> {
    const courses = await this.courses.of([...new Set(items.map((item) => item.mentorshipId!))]);
    const dueOf = new Map(courses.map((course) => [course.mentorshipId, course.items]));
    for (const item of items) {
      const { instrument, duePoint } = item.reason.params;
      const due = dueOf
        .get(item.mentorshipId!)
        ?.find((d) => d.kind === 'measurement' && d.instrument === instrument && d.duePoint === duePoint);
      item.dueAt = due ? new Date(due.dueAt) : null;
    }
  }

  private async kind(user: AuthenticatedUser, kind: TodayItemKind, limit: number): Promise<{ count: number; items: TodayItem[] }> {
    const query = TODAY_QUERIES[kind];
    const { sql, params } = query.sql(await this.access.scope(user, query.permission), limit);
    const rows: TodayRow[] = await this.dataSource.query(sql, params);
    return { count: rows.length > 0 ? Number(rows[0].total) : 0, items: rows.map((row) => item(kind, row)) };
  }
}

function item(kind: TodayItemKind, row: TodayRow): TodayItem {
  return {
    kind,
    reason: { code: row.code as TodayReasonCode, params: row.params },
    urgency: row.urgency as Urgency,
    since: row.since,
    dueAt: row.due_at,
    label: row.label,
    programId: row.program_id,
    mentorshipId: row.mentorship_id,
    mentorId: row.mentor_id,
    escalationId: row.escalation_id,
    nudgeId: row.nudge_id,
    quotaId: row.quota_id,
  };
}
