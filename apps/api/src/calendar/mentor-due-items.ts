import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { InstrumentId } from '../../../../libs/domain/instruments';
import { dueDay } from '../../../../libs/mentorships/course-due';
import { CourseDueReader } from '../../../../libs/mentorships/course-due-reader';
import type { GroupMeetingKind } from '../../../../libs/persistence/entities';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Group meetings already held stay on her calendar this long. */
const PAST_GROUP_MEETINGS_MS = 90 * DAY_MS;

/** One thing due for a mentor, by ids and kinds only: no young person's name, no answer, no score. */
export type DueItem =
  | { kind: 'meeting'; mentorshipId: string; date: string }
  | { kind: 'measurement'; mentorshipId: string; date: string; instrument: InstrumentId; duePoint: string }
  | { kind: 'check-in'; mentorshipId: string; date: string }
  | { kind: 'group-meeting'; groupMeetingId: string; date: string; groupMeetingKind: GroupMeetingKind };

/**
 * What a mentor has due, read from PostgreSQL only: for each active course, what libs/mentorships/course-due.ts says it has due (the
 * next meeting, the measurements not yet submitted, the program's next check-in with her), and the group meetings she is on.
 */
@Injectable()
export class MentorDueItems {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly courses: CourseDueReader,
  ) {}

  async of(mentorId: string, now: Date): Promise<DueItem[]> {
    const [courses, groupMeetings] = await Promise.all([
      this.courses.activeOf(mentorId),
      this.dataSource.query(
        `SELECT g.id, to_char(g.held_on, 'YYYY-MM-DD') AS held_on, g.kind
           FROM group_meetings g JOIN group_meeting_attendance a ON a.meeting_id = g.id
          WHERE a.mentor_id = $1 AND g.held_on >= $2::date ORDER BY g.held_on, g.id`,
        [mentorId, dueDay(now.getTime() - PAST_GROUP_MEETINGS_MS)],
      ) as Promise<Array<{ id: string; held_on: string; kind: GroupMeetingKind }>>,
    ]);
    return [
      ...courses.flatMap(({ mentorshipId, items }) =>
        items.map(({ dueAt, ...item }): DueItem => ({ ...item, mentorshipId, date: dueDay(dueAt) })),
      ),
      ...groupMeetings.map((g): DueItem => ({ kind: 'group-meeting', groupMeetingId: g.id, date: g.held_on, groupMeetingKind: g.kind })),
    ].sort((a, b) => a.date.localeCompare(b.date));
  }
}
