import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ScreeningStepName } from '../../workflows/mentor/messages';
import { coded } from '../validation/coded-exceptions';
import type { PathRequirements } from './path-checklist';

/**
 * What a mentor's path requires, from PostgreSQL: the policy version of her program in effect when she applied (her path keeps
 * the version it started with, as the apply route reads the current one), i.e. the latest created by the moment of her `applied`
 * event; the program's current version while that event is not recorded yet. A revision committed in the very instant of her
 * application could be taken for hers: the rows hold no finer order.
 */
@Injectable()
export class MentorPathRequirements {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async of(mentorId: string): Promise<PathRequirements> {
    const [row]: Array<{ version: number; steps: ScreeningStepName[]; course_required: boolean }> = await this.dataSource.query(
      `SELECT v.version, v.policy->'screening'->'steps' AS steps, (v.policy->'course'->>'required')::boolean AS course_required
         FROM mentors m
         JOIN programs p ON p.id = m.program_id
         JOIN program_policy_versions v ON v.program_id = m.program_id AND v.version = COALESCE(
           (SELECT max(o.version) FROM program_policy_versions o
             WHERE o.program_id = m.program_id
               AND o.created_at <= (SELECT max(e.at) FROM mentor_path_events e WHERE e.mentor_id = m.id AND e.kind = 'applied')),
           p.policy_version)
        WHERE m.id = $1`,
      [mentorId],
    );
    if (!row) throw coded(NotFoundException, 'not-found', { thing: 'mentor', id: mentorId });
    return { policyVersion: row.version, screeningSteps: row.steps ?? [], courseRequired: row.course_required === true };
  }
}
