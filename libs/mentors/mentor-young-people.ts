import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { InstrumentId } from '../domain/instruments';
import { dueDay } from '../mentorships/course-due';
import { CourseDue, CourseDueReader } from '../mentorships/course-due-reader';

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
  /** The program's time zone, in which she dates what she logs. */
  timeZone: string;
}

/** A mentor's active courses with what each has due (libs/mentorships/course-due.ts), named by her young people, by name. */
@Injectable()
export class MentorYoungPeople {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly due: CourseDueReader,
  ) {}

  async of(mentorId: string): Promise<MentorYoungPerson[]> {
    const courses = await this.due.activeOf(mentorId);
    const named: Array<{ id: string; name: string }> = await this.dataSource.query(
      `SELECT m.id, y.name FROM mentorships m JOIN young_people y ON y.id = m.young_person_id
        WHERE m.id = ANY($1::uuid[]) ORDER BY y.name, m.id`,
      [courses.map((course) => course.mentorshipId)],
    );
    const byId = new Map(courses.map((course) => [course.mentorshipId, course]));
    return named.map((row) => youngPerson(byId.get(row.id)!, row.name));
  }
}

function youngPerson({ mentorshipId, facts, items, timeZone }: CourseDue, name: string): MentorYoungPerson {
  const measurementsDue: MentorYoungPerson['measurementsDue'] = [];
  let nextMeetingDueOn = '';
  let checkInDueOn: string | null = null;
  for (const item of items) {
    if (item.kind === 'meeting') nextMeetingDueOn = dueDay(item.dueAt);
    if (item.kind === 'check-in') checkInDueOn = dueDay(item.dueAt);
    if (item.kind === 'measurement')
      measurementsDue.push({ instrument: item.instrument, duePoint: item.duePoint, dueOn: dueDay(item.dueAt) });
  }
  return {
    mentorshipId,
    name,
    matchStartedOn: dueDay(facts.matchStartedAt.getTime()),
    lastMeetingOn: facts.lastMeetingOn,
    nextMeetingDueOn,
    measurementsDue,
    checkInDueOn,
    timeZone,
  };
}
