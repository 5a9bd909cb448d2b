import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { checkInDueAt } from '../../workflows/mentorship/deadlines';
import type { MentorshipPolicy } from '../../workflows/mentorship/messages';
import type { InstrumentId } from '../domain/instruments';
import { mentorshipPolicy } from '../programs/mentorship-policy';
import { ProgramsService } from '../programs/programs.service';

/** One of a mentor's young people, with what her course has due next: enough for the mentor's list, nothing more. */
export interface MentorYoungPerson {
  mentorshipId: string;
  name: string;
  matchStartedOn: string;
  lastMeetingOn: string | null;
  /** The day the policy's longest gap between meetings runs out. */
  nextMeetingDueOn: string;
  measurementsDue: Array<{ instrument: InstrumentId; duePoint: string; dueOn: string }>;
  /** The program's next check-in with the mentor; null before the first meeting is logged. */
  checkInDueOn: string | null;
}

export interface CourseRow {
  id: string;
  name: string;
  program_id: string;
  policy_version: number;
  match_started_at: Date;
  first_meeting_on: string | null;
  last_meeting_on: string | null;
  check_ins: number;
  measured: string[];
}

/**
 * A mentor's active courses with what is due, read from PostgreSQL in one
 * query (the rows the course workflows write as they go), and computed as the
 * workflows compute their own deadlines (workflows/mentorship/deadlines.ts).
 */
@Injectable()
export class MentorYoungPeople {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programs: ProgramsService,
  ) {}

  async of(mentorId: string): Promise<MentorYoungPerson[]> {
    const rows: CourseRow[] = await this.dataSource.query(
      `SELECT m.id, y.name, m.program_id, m.policy_version, m.match_started_at,
              (SELECT to_char(min(g.held_on), 'YYYY-MM-DD') FROM meetings g WHERE g.mentorship_id = m.id) AS first_meeting_on,
              (SELECT to_char(max(g.held_on), 'YYYY-MM-DD') FROM meetings g WHERE g.mentorship_id = m.id) AS last_meeting_on,
              (SELECT count(*)::int FROM check_ins c WHERE c.mentorship_id = m.id AND c.party = 'mentor') AS check_ins,
              ARRAY(SELECT s.instrument || '@' || s.due_point FROM measurements s WHERE s.mentorship_id = m.id) AS measured
         FROM mentorships m JOIN young_people y ON y.id = m.young_person_id
        WHERE m.mentor_id = $1 AND m.phase = 'active' AND m.match_started_at IS NOT NULL
        ORDER BY y.name, m.id`,
      [mentorId],
    );
    const policies = await this.policiesOf(rows);
    return rows.map((row) => dueFor(row, policies.get(`${row.program_id}@${row.policy_version}`)!));
  }

  /** Each program version's policy once, however many of her courses run on it. */
  private async policiesOf(rows: CourseRow[]): Promise<Map<string, MentorshipPolicy>> {
    const keys = [...new Map(rows.map((row) => [`${row.program_id}@${row.policy_version}`, row])).entries()];
    const loaded = await Promise.all(
      keys.map(async ([key, row]) => {
        const { policy } = await this.programs.policy(row.program_id, row.policy_version);
        return [key, mentorshipPolicy(policy, row.policy_version)] as const;
      }),
    );
    return new Map(loaded);
  }
}

/** What one course has due, from its row: as the course workflow computes its own deadlines. */
export function dueFor(row: CourseRow, policy: MentorshipPolicy): MentorYoungPerson {
  const start = new Date(row.match_started_at).getTime();
  const lastContact = row.last_meeting_on ? Date.parse(`${row.last_meeting_on}T00:00:00Z`) : start;
  const checkIn = checkInDueAt(policy.checkIns, start, row.first_meeting_on ?? undefined, 'mentor', row.check_ins);
  return {
    mentorshipId: row.id,
    name: row.name,
    matchStartedOn: dayOf(start),
    lastMeetingOn: row.last_meeting_on,
    nextMeetingDueOn: dayOf(lastContact + policy.contact.nudgeAfterGapMs),
    measurementsDue: policy.measurements
      .filter((due) => !row.measured.includes(`${due.instrument}@${due.duePoint}`))
      .map((due) => ({ instrument: due.instrument, duePoint: due.duePoint, dueOn: dayOf(start + due.offsetMs) })),
    checkInDueOn: checkIn === undefined ? null : dayOf(checkIn),
  };
}

function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
