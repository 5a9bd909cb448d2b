import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ListScope } from '../access/access.service';
import { herPartSql } from '../access/list-filters';
import type { MentorshipPhase } from '../../workflows/mentorship/messages';

/** One course as a coordinator's list shows it, from the course's row (the workflow's mirror): never a workflow query per row. */
export interface CourseListRow {
  id: string;
  programId: string;
  youngPersonName: string;
  phase: MentorshipPhase;
  phaseSince: Date;
  mentorName: string | null;
  referredAt: Date;
}

export interface CourseListFilter {
  programId?: string;
  phase?: MentorshipPhase;
  limit: number;
  offset: number;
}

/** A page of her courses, newest referral first, and how many there are in all. */
export interface CourseListPage {
  courses: CourseListRow[];
  total: number;
}

/** The courses of a coordinator's part of her programs, a page at a time, from PostgreSQL. */
@Injectable()
export class CourseList {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(scope: ListScope, { programId, phase, limit, offset }: CourseListFilter): Promise<CourseListPage> {
    const params: unknown[] = [];
    const conditions = [herPartSql(scope, { program: { id: 'm.program_id' }, municipality: 'm.municipality_id' }, params)];
    if (programId) conditions.push(`m.program_id = $${params.push(programId)}`);
    if (phase) conditions.push(`m.phase = $${params.push(phase)}`);
    const where = conditions.join(' AND ');
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(
        `SELECT m.id, m.program_id AS "programId", y.name AS "youngPersonName", m.phase, m.phase_since AS "phaseSince",
                mentor.name AS "mentorName", r.referred_at AS "referredAt"
           FROM mentorships m
           JOIN referrals r ON r.id = m.id
           JOIN young_people y ON y.id = m.young_person_id
           LEFT JOIN mentors mentor ON mentor.id = m.mentor_id
          WHERE ${where}
          ORDER BY r.referred_at DESC, m.id DESC
          LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
        [...params, limit, offset],
      ) as Promise<CourseListRow[]>,
      this.dataSource.query(`SELECT COUNT(*)::int AS total FROM mentorships m WHERE ${where}`, params) as Promise<[{ total: number }]>,
    ]);
    return { courses: rows, total };
  }
}
