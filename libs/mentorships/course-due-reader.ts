import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ProgramPolicy } from '../domain/policy/program-policy';
import { ContactColumns, contactColumns, contactOf } from '../meetings/recorded-contact';
import { mentorshipPolicy } from '../programs/mentorship-policy';
import { courseDue, CourseDueItem, CourseFacts } from './course-due';

/** An active course's facts and what it has due. */
export interface CourseDue {
  mentorshipId: string;
  facts: CourseFacts;
  items: CourseDueItem[];
  /** Its program's time zone (notifications.timeZone), in which its people date what they log. */
  timeZone: string;
}

interface FactsRow extends ContactColumns {
  id: string;
  program_id: string;
  policy_version: number;
  match_started_at: Date;
  measured: string[];
}

/**
 * What active courses have due, read from PostgreSQL only (the rows written as a course goes: its contact as contactColumns reads
 * it, its measurements), never by asking a workflow: the facts in one query, each policy version the courses run on once in another.
 */
@Injectable()
export class CourseDueReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A mentor's active courses, by id. */
  activeOf(mentorId: string): Promise<CourseDue[]> {
    return this.read(`m.mentor_id = $1`, mentorId);
  }

  /** These courses, those of them that are active; in the order of their ids. */
  of(mentorshipIds: readonly string[]): Promise<CourseDue[]> {
    return mentorshipIds.length === 0 ? Promise.resolve([]) : this.read(`m.id = ANY($1::uuid[])`, mentorshipIds);
  }

  private async read(where: string, param: unknown): Promise<CourseDue[]> {
    const rows: FactsRow[] = await this.dataSource.query(
      `SELECT m.id, m.program_id, m.policy_version, m.match_started_at, ${contactColumns('m.id')},
              ARRAY(SELECT s.instrument || '@' || s.due_point FROM measurements s WHERE s.mentorship_id = m.id) AS measured
         FROM mentorships m
        WHERE ${where} AND m.phase = 'active' AND m.match_started_at IS NOT NULL
        ORDER BY m.id`,
      [param],
    );
    const policies = await this.policiesOf(rows);
    return rows.map((row) => {
      const { meetings, checkIns } = contactOf(row);
      const facts: CourseFacts = {
        matchStartedAt: new Date(row.match_started_at),
        firstMeetingOn: meetings.firstHeldOn ?? null,
        lastMeetingOn: meetings.lastHeldOn ?? null,
        mentorCheckIns: checkIns.mentor,
        measured: row.measured,
      };
      const policy = policies.get(policyKey(row.program_id, row.policy_version))!;
      return { mentorshipId: row.id, facts, items: courseDue(facts, policy), timeZone: policy.timeZone };
    });
  }

  /** Each program version's policy once, however many of the courses run on it. */
  private async policiesOf(rows: FactsRow[]): Promise<Map<string, ReturnType<typeof mentorshipPolicy>>> {
    if (rows.length === 0) return new Map();
    const versions: Array<{ program_id: string; version: number; policy: ProgramPolicy }> = await this.dataSource.query(
      `SELECT v.program_id, v.version, v.policy FROM program_policy_versions v
        WHERE (v.program_id, v.version) IN (SELECT m.program_id, m.policy_version FROM mentorships m WHERE m.id = ANY($1::uuid[]))`,
      [rows.map((row) => row.id)],
    );
    return new Map(versions.map((v) => [policyKey(v.program_id, v.version), mentorshipPolicy(v.policy, v.version)]));
  }
}

const policyKey = (programId: string, version: number) => `${programId}@${version}`;
