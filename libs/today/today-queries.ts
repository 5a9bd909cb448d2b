import { herPartSql, PlacedBy } from '../access/list-filters';
import type { ListScope } from '../access/access.service';
import { Permission } from '../access/permission';
import { referredWithin } from '../people/referrals/quota-days';
import { NUDGE_KINDS_LISTED_AS_FACTS, STALL_KINDS, TodayItemKind, WAITING_PHASES } from './today-items';

/**
 * One query per kind of row on the Today page, each over the read models the engine keeps current: the escalations', courses' and
 * nudges' rows (an overdue measurement, a quota behind and a stalled path are the open nudges that chase them, kept open until what they
 * chase happens). Each picks her part's first `limit` rows, urgent and oldest first, counting them all; only the rows picked are then
 * joined to what labels and links them. Every query answers the same columns (see TodayRow).
 */
export interface TodayQuery {
  /** Whose rows she sees, by the rule of the route that deals with them. */
  permission: Permission;
  sql(scope: ListScope, limit: number): { sql: string; params: unknown[] };
}

export interface TodayRow {
  total: string;
  code: string;
  params: Record<string, string | number>;
  urgency: string;
  since: Date;
  due_at: Date | null;
  label: string | null;
  program_id: string;
  mentorship_id: string | null;
  mentor_id: string | null;
  escalation_id: string | null;
  nudge_id: string | null;
  quota_id: string | null;
}

const firstName = (column: string) => `NULLIF(split_part(${column}, ' ', 1), '')`;

/** The rows of her part, in order, with their count; `where` and `order` name the table as `t`. */
function picked(table: string, where: string, order: string, placedBy: PlacedBy, scope: ListScope, limit: number, params: unknown[]) {
  const inScope = herPartSql(scope, placedBy, params);
  params.push(limit);
  return `WITH picked AS (
    SELECT t.*, count(*) OVER () AS total FROM ${table} t WHERE ${where} AND ${inScope} ORDER BY ${order} LIMIT $${params.length}
  )`;
}

/** Nudges not settled, acknowledged or not: what they chase has not happened yet. */
function unsettledNudges(kinds: readonly string[], placedBy: Omit<PlacedBy, 'program' | 'municipality'>, scope: ListScope, limit: number) {
  const params: unknown[] = [kinds];
  const where = `t.kind = ANY($1::text[]) AND t.settled_at IS NULL`;
  const by = { program: { slug: 't.program_slug' }, municipality: 't.municipality_id', ...placedBy };
  return { params, with: picked('nudges', where, 't.raised_at', by, scope, limit, params) };
}

const nothingElse = `NULL::timestamptz AS due_at`;

export const TODAY_QUERIES: Record<TodayItemKind, TodayQuery> = {
  escalation: {
    permission: Permission.EscalationRead,
    sql(scope, limit) {
      const params: unknown[] = [];
      const by = { program: { slug: 't.program_slug' }, municipality: 't.municipality_id' };
      const sql = `${picked('escalations', `t.status = 'open'`, `t.urgency = 'urgent' DESC, t.raised_at`, by, scope, limit, params)}
        SELECT p.total, 'escalation.' || p.reason AS code, p.urgency, p.raised_at AS since, ${nothingElse},
               jsonb_build_object('category', p.category, 'level', p.level, 'phase', p.phase) AS params,
               ${firstName('y.name')} AS label, m.program_id, p.mentorship_id, m.mentor_id, p.id AS escalation_id,
               NULL::uuid AS nudge_id, NULL::uuid AS quota_id
          FROM picked p JOIN mentorships m ON m.id = p.mentorship_id JOIN young_people y ON y.id = m.young_person_id`;
      return { sql, params };
    },
  },
  nudge: {
    permission: Permission.NudgeAnswer,
    sql(scope, limit) {
      const params: unknown[] = [NUDGE_KINDS_LISTED_AS_FACTS];
      const where = `t.recipient_role = 'coordinator' AND t.status = 'open' AND t.kind <> ALL($1::text[])`;
      const by = { program: { slug: 't.program_slug' }, municipality: 't.municipality_id', noneIsEveryones: true };
      // What it is about, by its subject: a course, a mentor, a quota or an escalation (then its course).
      const sql = `${picked('nudges', where, 't.raised_at', by, scope, limit, params)}
        SELECT p.total, 'nudge.' || p.kind AS code, 'normal' AS urgency, p.raised_at AS since, ${nothingElse},
               jsonb_strip_nulls(jsonb_build_object('escalatedAt', p.escalated_at)) AS params,
               COALESCE(${firstName('y.name')}, ${firstName('mt.name')}, mu.name) AS label, pr.id AS program_id,
               m.id AS mentorship_id, COALESCE(mt.id, m.mentor_id) AS mentor_id, es.id AS escalation_id, p.id AS nudge_id,
               q.id AS quota_id
          FROM picked p JOIN programs pr ON pr.slug = p.program_slug
          LEFT JOIN escalations es ON es.id = p.subject_id
          LEFT JOIN mentorships m ON m.id = COALESCE(es.mentorship_id, p.subject_id)
          LEFT JOIN young_people y ON y.id = m.young_person_id
          LEFT JOIN mentors mt ON mt.id = p.subject_id
          LEFT JOIN referral_quotas q ON q.id = p.subject_id LEFT JOIN municipalities mu ON mu.id = q.municipality_id`;
      return { sql, params };
    },
  },
  'measurement-overdue': {
    permission: Permission.MentorshipCommand,
    sql(scope, limit) {
      const query = unsettledNudges(['measurement-overdue'], {}, scope, limit);
      // Its key ends in what is overdue: ".../measurement-overdue:who5@P3M".
      const sql = `${query.with}
        SELECT p.total, 'measurement-overdue' AS code, 'normal' AS urgency, p.raised_at AS since, ${nothingElse},
               jsonb_build_object('instrument', substring(p.key from 'measurement-overdue:([^@]+)@'),
                                  'duePoint', substring(p.key from 'measurement-overdue:[^@]+@(.+)$')) AS params,
               ${firstName('y.name')} AS label, m.program_id, m.id AS mentorship_id, m.mentor_id, NULL::uuid AS escalation_id,
               p.id AS nudge_id, NULL::uuid AS quota_id
          FROM picked p JOIN mentorships m ON m.id = p.subject_id JOIN young_people y ON y.id = m.young_person_id`;
      return { sql, params: query.params };
    },
  },
  'referral-waiting': {
    permission: Permission.MentorshipCommand,
    sql(scope, limit) {
      const params: unknown[] = [WAITING_PHASES];
      const by = { program: { id: 't.program_id' }, municipality: 't.municipality_id' };
      const sql = `${picked('mentorships', 't.phase = ANY($1::text[])', 't.phase_since', by, scope, limit, params)}
        SELECT p.total, 'referral.' || p.phase AS code, 'normal' AS urgency, p.phase_since AS since, ${nothingElse},
               '{}'::jsonb AS params, ${firstName('y.name')} AS label, p.program_id, p.id AS mentorship_id, NULL::uuid AS mentor_id,
               NULL::uuid AS escalation_id, NULL::uuid AS nudge_id, NULL::uuid AS quota_id
          FROM picked p JOIN young_people y ON y.id = p.young_person_id`;
      return { sql, params };
    },
  },
  'proposal-unanswered': {
    permission: Permission.MentorshipCommand,
    sql(scope, limit) {
      const params: unknown[] = [];
      const by = { program: { id: 't.program_id' }, municipality: 't.municipality_id' };
      const sql = `${picked('mentorships', `t.phase = 'proposed'`, 't.phase_since', by, scope, limit, params)}
        SELECT p.total, 'proposal-unanswered' AS code, 'normal' AS urgency, p.phase_since AS since, ${nothingElse},
               jsonb_strip_nulls(jsonb_build_object('attempt', a.attempt)) AS params, ${firstName('y.name')} AS label,
               p.program_id, p.id AS mentorship_id, a.mentor_id, NULL::uuid AS escalation_id, NULL::uuid AS nudge_id,
               NULL::uuid AS quota_id
          FROM picked p JOIN young_people y ON y.id = p.young_person_id
          LEFT JOIN LATERAL (
            SELECT attempt, mentor_id FROM match_attempts WHERE mentorship_id = p.id ORDER BY attempt DESC LIMIT 1
          ) a ON TRUE`;
      return { sql, params };
    },
  },
  'quota-behind': {
    permission: Permission.QuotaRead,
    sql(scope, limit) {
      const query = unsettledNudges(['quota-behind'], {}, scope, limit);
      const sql = `${query.with}
        SELECT p.total, 'quota-behind' AS code, 'normal' AS urgency, p.raised_at AS since,
               q.period_end::timestamptz AS due_at,
               jsonb_build_object('agreed', q.agreed, 'referred', (
                 SELECT count(*)::int FROM referrals r
                  WHERE r.program_id = q.program_id AND r.municipality_id = q.municipality_id
                    AND ${referredWithin('r', 'q')}
               ), 'periodStart', q.period_start::text, 'periodEnd', q.period_end::text) AS params,
               mu.name AS label, q.program_id, NULL::uuid AS mentorship_id, NULL::uuid AS mentor_id, NULL::uuid AS escalation_id,
               p.id AS nudge_id, q.id AS quota_id
          FROM picked p JOIN referral_quotas q ON q.id = p.subject_id JOIN municipalities mu ON mu.id = q.municipality_id`;
      return { sql, params: query.params };
    },
  },
  'mentor-path-stalled': {
    permission: Permission.MentorManage,
    sql(scope, limit) {
      const query = unsettledNudges(STALL_KINDS, { noneIsEveryones: true }, scope, limit);
      const sql = `${query.with}
        SELECT p.total, 'mentor-path.' || p.kind AS code, 'normal' AS urgency, p.raised_at AS since, ${nothingElse},
               jsonb_strip_nulls(jsonb_build_object('phase', mt.path_phase)) AS params, ${firstName('mt.name')} AS label,
               mt.program_id, NULL::uuid AS mentorship_id, mt.id AS mentor_id, NULL::uuid AS escalation_id, p.id AS nudge_id,
               NULL::uuid AS quota_id
          FROM picked p JOIN mentors mt ON mt.id = p.subject_id`;
      return { sql, params: query.params };
    },
  },
};
