import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ContactPolicy, ContinuationPolicy, MeasurementPolicy, ProgramPolicy } from '../domain/policy/program-policy';
import { coded } from '../validation/coded-exceptions';

/** What a course page shows beside the course's own state: whom it is for, when she was referred, and what its policy version asks. */
export interface CourseContext {
  mentorshipId: string;
  programId: string;
  policyVersion: number;
  referredAt: Date;
  youngPerson: { id: string; name: string };
  /** timeZone: the program's (notifications.timeZone), in which its people date what they log. */
  policy: { contact: ContactPolicy; measurements: MeasurementPolicy; continuation: ContinuationPolicy; timeZone: string };
}

interface ContextRow {
  id: string;
  program_id: string;
  policy_version: number;
  referred_at: Date;
  young_person_id: string;
  name: string;
  policy: ProgramPolicy;
}

/**
 * A course's context from three rows read together in one statement: its referral (the course's id is its referral's), the young person
 * it names and the policy version the course keeps. Never from the workflow.
 */
@Injectable()
export class CourseContexts {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async of(mentorshipId: string): Promise<CourseContext> {
    const [row]: ContextRow[] = await this.dataSource.query(
      `SELECT r.id, r.program_id, r.policy_version, r.referred_at, r.young_person_id, y.name, v.policy
         FROM referrals r
         JOIN young_people y ON y.id = r.young_person_id
         JOIN program_policy_versions v ON v.program_id = r.program_id AND v.version = r.policy_version
        WHERE r.id = $1`,
      [mentorshipId],
    );
    if (!row) throw coded(NotFoundException, 'not-found', { thing: 'mentorship', id: mentorshipId });
    return {
      mentorshipId: row.id,
      programId: row.program_id,
      policyVersion: row.policy_version,
      referredAt: row.referred_at,
      youngPerson: { id: row.young_person_id, name: row.name },
      policy: {
        contact: row.policy.contact,
        measurements: row.policy.measurements,
        continuation: row.policy.continuation,
        timeZone: row.policy.notifications.timeZone,
      },
    };
  }
}
