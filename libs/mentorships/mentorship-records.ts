import { HttpException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { ContactCourse } from '../../workflows/mentorship/contact-rules';
import type { MentorshipPhase } from '../../workflows/mentorship/messages';
import { durationMs } from '../domain/duration';
import { submittedSlots } from '../measurements/submitted-slots';
import { Mentorship } from '../persistence/entities';
import { coded } from '../validation/coded-exceptions';

/** What a meeting or a check-in is checked against, and the mentor a meeting is logged with. */
export interface ContactCourseRow extends ContactCourse {
  mentorId: string | null;
  /** The run of missed meetings its policy version escalates. */
  missedMeetingsInARow: number;
}

/** A course's own row: the mirror of its workflow's phase and mentor. */
@Injectable()
export class MentorshipRecords {
  constructor(@InjectRepository(Mentorship) private readonly mentorships: Repository<Mentorship>) {}

  /** Its mentor as of its last change of phase, which the course writes before it answers the command that changed it. */
  async get(mentorshipId: string): Promise<Mentorship> {
    const course = await this.mentorships.findOneBy({ id: mentorshipId });
    if (!course) throw this.notFound(mentorshipId);
    return course;
  }

  /**
   * The course's phase, match start and mentor as its row holds them (as get), with its policy version's maximum duration, the
   * run of missed meetings it escalates and its time zone, in one statement: what each meeting, check-in and missed meeting is
   * checked against, the API's busiest path. A join rather than a cache of policy versions (which never change once written): it
   * costs no query of its own, not even on a version's first use, keeps nothing per process, and reads the fields of the policy it
   * needs instead of the whole document to convert (mentorshipPolicy's maxMs is durationMs of it too).
   */
  async forContact(mentorshipId: string): Promise<ContactCourseRow> {
    const [row]: Array<{
      phase: string;
      match_started_at: Date | null;
      mentor_id: string | null;
      max_duration: string;
      missed_in_a_row: number;
      time_zone: string;
    }> = await this.mentorships.query(
      `SELECT m.phase, m.match_started_at, m.mentor_id, v.policy #>> '{duration,max}' AS max_duration,
                (v.policy #>> '{escalations,missedMeetingsInARow}')::int AS missed_in_a_row,
                v.policy #>> '{notifications,timeZone}' AS time_zone
           FROM mentorships m JOIN program_policy_versions v ON v.program_id = m.program_id AND v.version = m.policy_version
          WHERE m.id = $1`,
      [mentorshipId],
    );
    if (!row) throw this.notFound(mentorshipId);
    return {
      phase: row.phase as MentorshipPhase,
      matchStartedAt: row.match_started_at?.toISOString(),
      maxMs: durationMs(row.max_duration),
      timeZone: row.time_zone,
      mentorId: row.mentor_id,
      missedMeetingsInARow: row.missed_in_a_row,
    };
  }

  /** Its phase as its row holds it, and "instrument@duePoint" of each measurement it has stored, in the order submitted. */
  async measured(mentorshipId: string): Promise<{ phase: MentorshipPhase; measurements: string[] }> {
    const [row]: Array<{ phase: MentorshipPhase; slots: string[] }> = await this.mentorships.query(
      `SELECT m.phase, ${submittedSlots('m.id')} AS slots FROM mentorships m WHERE m.id = $1`,
      [mentorshipId],
    );
    if (!row) throw this.notFound(mentorshipId);
    return { phase: row.phase, measurements: row.slots };
  }

  private notFound(mentorshipId: string): HttpException {
    return coded(NotFoundException, 'not-found', { thing: 'mentorship', id: mentorshipId });
  }
}
