import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { InstrumentId } from '../../../../libs/domain/instruments';
import { mentorshipPolicy } from '../../../../libs/programs/mentorship-policy';
import { ProgramsService } from '../../../../libs/programs/programs.service';
import type { GroupMeetingKind } from '../../../../libs/persistence/entities';
import { checkInDue } from '../../../../workflows/mentorship/deadlines';
import { Mentorship } from '../../../../workflows/mentorship/mentorship';
import { MentorshipWorkflows } from '../mentorships/mentorship-workflows';

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
 * What a mentor has due, read as her courses' own workflows would chase it:
 * for each active course, the day the next meeting is due (the policy's gap
 * since the last), the measurements not yet submitted at their due points,
 * and the program's next check-in with her; and the group meetings she is
 * on. The course's state comes from its workflow; its policy from the
 * version it runs on.
 */
@Injectable()
export class MentorDueItems {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workflows: MentorshipWorkflows,
    private readonly programs: ProgramsService,
  ) {}

  async of(mentorId: string, now: Date): Promise<DueItem[]> {
    const courses: Array<{ id: string; program_id: string; policy_version: number; municipality_id: string; slug: string }> =
      await this.dataSource.query(
        `SELECT m.id, m.program_id, m.policy_version, m.municipality_id, p.slug
           FROM mentorships m JOIN programs p ON p.id = m.program_id
          WHERE m.mentor_id = $1 AND m.phase = 'active' ORDER BY m.id`,
        [mentorId],
      );
    const perCourse = await Promise.all(courses.map((course) => this.courseItems(course)));
    const groupMeetings: Array<{ id: string; held_on: string; kind: GroupMeetingKind }> = await this.dataSource.query(
      `SELECT g.id, to_char(g.held_on, 'YYYY-MM-DD') AS held_on, g.kind
         FROM group_meetings g JOIN group_meeting_attendance a ON a.meeting_id = g.id
        WHERE a.mentor_id = $1 AND g.held_on >= $2::date ORDER BY g.held_on, g.id`,
      [mentorId, dayOf(now.getTime() - PAST_GROUP_MEETINGS_MS)],
    );
    return [
      ...perCourse.flat(),
      ...groupMeetings.map((g): DueItem => ({ kind: 'group-meeting', groupMeetingId: g.id, date: g.held_on, groupMeetingKind: g.kind })),
    ].sort((a, b) => a.date.localeCompare(b.date));
  }

  private async courseItems(row: { id: string; program_id: string; policy_version: number; municipality_id: string; slug: string }) {
    const [state, { policy }] = await Promise.all([this.workflows.state(row.id), this.programs.policy(row.program_id, row.policy_version)]);
    const input = { mentorshipId: row.id, programSlug: row.slug, municipalityId: row.municipality_id };
    const course = new Mentorship({ ...input, policy: mentorshipPolicy(policy, row.policy_version) }, state);
    const start = course.matchStartMs;
    if (state.phase !== 'active' || start === undefined) return [];
    const compiled = course.input.policy;
    const lastContact = state.meetings.lastHeldOn ? Date.parse(`${state.meetings.lastHeldOn}T00:00:00Z`) : start;
    const items: DueItem[] = [{ kind: 'meeting', mentorshipId: row.id, date: dayOf(lastContact + compiled.contact.nudgeAfterGapMs) }];
    for (const due of compiled.measurements) {
      if (state.measurements.includes(`${due.instrument}@${due.duePoint}`)) continue;
      items.push({
        kind: 'measurement',
        mentorshipId: row.id,
        date: dayOf(start + due.offsetMs),
        instrument: due.instrument,
        duePoint: due.duePoint,
      });
    }
    const checkIn = checkInDue(course, 'mentor', state.checkIns.mentor);
    if (checkIn !== undefined) items.push({ kind: 'check-in', mentorshipId: row.id, date: dayOf(checkIn) });
    return items;
  }
}

function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
