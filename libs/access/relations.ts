import type { Role } from '../auth/roles';
import type { Thing } from '../contracts/things';
import { Permission, Relation } from './permission';

/**
 * How each permission is decided: one SQL query over the rows the ids name,
 * giving each found row the caller's relation to it, or null where she has
 * none. A row not found is answered 404 by its noun. The parameters are
 * always: $1 the ids, $2 the user's row ids (see personIds), $3 her programs' ids, $4 her
 * municipality (a municipal coordinator's), $5 her programs' slugs, $6 her roles.
 */
export interface RelationQuery {
  /** What kind of row, for its 404 and 403 (libs/contracts/api-errors.ts words them). */
  noun: Thing;
  sql: string;
}

const has = (role: string) => `'${role}' = ANY($6::text[])`;
/** A coordinator's part of a program: the program is hers, and for a municipal coordinator the municipality too. */
const inScope = (programId: string, municipalityId: string) =>
  `(${programId} = ANY($3::uuid[]) AND ($4::uuid IS NULL OR ${municipalityId} = $4::uuid))`;
const inScopeBySlug = (slug: string, municipalityId: string) =>
  `(${slug} = ANY($5::text[]) AND ($4::uuid IS NULL OR ${municipalityId} = $4::uuid))`;
const coordinatesAny = `cardinality($3::uuid[]) > 0`;
const relation = (...cases: Array<[condition: string, who: Relation]>) =>
  `CASE ${cases.map(([condition, who]) => `WHEN ${condition} THEN '${who}'`).join(' ')} END`;
/** Every parameter is typed once up front, so a rule that does not use one still runs (PostgreSQL must know each parameter's type). */
const CALLER = `WITH caller AS (
  SELECT $2::uuid[] AS ids, $3::uuid[] AS programs, $4::uuid AS municipality, $5::text[] AS slugs, $6::text[] AS roles
)`;
const rows = (table: string, alias: string, relationSql: string, extra = '') =>
  `${CALLER} SELECT ${alias}.id::text AS id, ${relationSql} AS relation
  FROM ${table} ${alias} ${extra} WHERE ${alias}.id = ANY($1::uuid[])`;

const admin: [string, Relation] = [has('program-admin'), 'program-admin'];

/** A course by its id, which is its referral's: the referral is written before the course's own row. */
const course = (relationSql: string) => rows('referrals', 'r', relationSql, 'LEFT JOIN mentorships m ON m.id = r.id');
const courseCoordinator: [string, Relation] = [inScope('r.program_id', 'COALESCE(m.municipality_id, r.municipality_id)'), 'coordinator'];
const courseMentor: [string, Relation] = [`${has('mentor')} AND m.mentor_id = ANY($2::uuid[])`, 'mentor'];

const escalation = (relationSql: string) => `${rows('escalations', 'e', relationSql)} AND e.status <> 'draft'`;
const escalationCoordinator: [string, Relation] = [inScopeBySlug('e.program_slug', 'e.municipality_id'), 'coordinator'];
const escalationPanel: [string, Relation] = [`${has('panel')} AND e.involved_ids && $2::uuid[]`, 'panel'];

/** A mentor's coordinators: her program's, a municipal one's only when she is of that municipality or of none. */
const mentorCoordinator: [string, Relation] = [
  `mt.program_id = ANY($3::uuid[]) AND ($4::uuid IS NULL OR mt.municipality_id IS NULL OR mt.municipality_id = $4::uuid)`,
  'coordinator',
];

/**
 * A young person referred to a program belongs to it: the coordinators of
 * that program (of her municipality, for a municipal one) see her. Before any
 * referral she belongs to no program yet, only to her municipality.
 */
const youngPersonCoordinator: [string, Relation] = [
  `(${coordinatesAny} AND ($4::uuid IS NULL OR y.municipality_id = $4::uuid) AND (
      NOT EXISTS (SELECT 1 FROM referrals r WHERE r.young_person_id = y.id)
      OR EXISTS (SELECT 1 FROM referrals r WHERE r.young_person_id = y.id AND r.program_id = ANY($3::uuid[]))))`,
  'coordinator',
];

/** Permissions on rows: every permission but those that make a row. */
export type RowPermission = Exclude<
  Permission,
  | Permission.ProgramCreate
  | Permission.OperatorAccountGrant
  | Permission.ProgramAdminAccountGrant
  | Permission.OwnReferralsRead
  | Permission.MetricsRead
  | Permission.OwnReferralMake
>;

const operator: [string, Relation] = [has('operator'), 'operator'];

export const RELATIONS: Record<RowPermission, RelationQuery> = {
  [Permission.ProgramRead]: {
    noun: 'program',
    sql: rows('programs', 'p', relation(admin, ['p.id = ANY($3::uuid[])', 'coordinator'])),
  },
  [Permission.ProgramManage]: {
    noun: 'program',
    sql: rows('programs', 'p', relation(admin)),
  },
  [Permission.ProgramCoordinate]: {
    noun: 'program',
    sql: rows('programs', 'p', relation(['p.id = ANY($3::uuid[])', 'coordinator'])),
  },
  [Permission.ReportRead]: {
    noun: 'program',
    sql: rows('programs', 'p', relation([has('operator'), 'operator'], ['p.id = ANY($3::uuid[])', 'coordinator'])),
  },

  [Permission.MunicipalityManage]: { noun: 'municipality', sql: rows('municipalities', 'x', relation(admin)) },
  [Permission.MunicipalityRead]: {
    noun: 'municipality',
    sql: rows('municipalities', 'x', relation(admin, [has('coordinator'), 'coordinator'])),
  },
  [Permission.MunicipalityWork]: {
    noun: 'municipality',
    sql: rows('municipalities', 'x', relation([`${coordinatesAny} AND ($4::uuid IS NULL OR x.id = $4::uuid)`, 'coordinator'])),
  },
  [Permission.CoordinatorManage]: { noun: 'coordinator', sql: rows('coordinators', 'c', relation(admin)) },
  [Permission.PanelMemberManage]: { noun: 'panel-member', sql: rows('panel_members', 'pm', relation(admin)) },
  [Permission.PanelMemberRead]: {
    noun: 'panel-member',
    sql: rows('panel_members', 'pm', relation(admin, ['pm.program_id = ANY($3::uuid[])', 'coordinator'])),
  },
  [Permission.ReferrerManage]: {
    noun: 'referrer',
    sql: rows('referrers', 'rf', relation([`${coordinatesAny} AND ($4::uuid IS NULL OR rf.municipality_id = $4::uuid)`, 'coordinator'])),
  },
  [Permission.MentorRead]: { noun: 'mentor', sql: rows('mentors', 'mt', relation(['mt.program_id = ANY($3::uuid[])', 'coordinator'])) },
  [Permission.MentorManage]: { noun: 'mentor', sql: rows('mentors', 'mt', relation(mentorCoordinator)) },
  [Permission.MentorPathRead]: {
    noun: 'mentor',
    sql: rows('mentors', 'mt', relation(mentorCoordinator, [`${has('mentor')} AND mt.id = ANY($2::uuid[])`, 'mentor'])),
  },
  [Permission.MentorCalendarFeed]: {
    noun: 'mentor',
    sql: rows('mentors', 'mt', relation([`${has('mentor')} AND mt.id = ANY($2::uuid[])`, 'mentor'])),
  },
  [Permission.MentorYoungPeopleRead]: {
    noun: 'mentor',
    sql: rows('mentors', 'mt', relation([`${has('mentor')} AND mt.id = ANY($2::uuid[])`, 'mentor'])),
  },
  [Permission.YoungPersonManage]: { noun: 'young-person', sql: rows('young_people', 'y', relation(youngPersonCoordinator)) },
  [Permission.QuotaRead]: {
    noun: 'quota',
    sql: rows('referral_quotas', 'q', relation(admin, [inScope('q.program_id', 'q.municipality_id'), 'coordinator'])),
  },
  [Permission.QuotaManage]: { noun: 'quota', sql: rows('referral_quotas', 'q', relation(admin)) },

  [Permission.MentorshipCommand]: { noun: 'mentorship', sql: course(relation(courseCoordinator)) },
  [Permission.MentorshipLog]: {
    noun: 'mentorship',
    sql: course(relation(courseCoordinator, courseMentor)),
  },
  [Permission.MentorshipRead]: {
    noun: 'mentorship',
    sql: course(relation(courseCoordinator, courseMentor, [`${has('referrer')} AND r.referrer_id = ANY($2::uuid[])`, 'referrer'])),
  },
  [Permission.MentorshipContextRead]: {
    noun: 'mentorship',
    sql: course(
      relation([
        `${courseCoordinator[0]} AND EXISTS (SELECT 1 FROM young_people y WHERE y.id = r.young_person_id AND ${youngPersonCoordinator[0]})`,
        'coordinator',
      ]),
    ),
  },
  [Permission.ProposalAnswerAsMentor]: {
    noun: 'mentorship',
    sql: course(
      relation(courseCoordinator, [
        `${has('mentor')} AND (
          SELECT a.mentor_id FROM match_attempts a WHERE a.mentorship_id = r.id ORDER BY a.attempt DESC LIMIT 1
        ) = ANY($2::uuid[])`,
        'mentor',
      ]),
    ),
  },

  [Permission.EscalationRead]: {
    noun: 'escalation',
    sql: escalation(
      relation(
        escalationCoordinator,
        [
          `${has('mentor')} AND EXISTS (SELECT 1 FROM mentorships m WHERE m.id = e.mentorship_id AND m.mentor_id = ANY($2::uuid[]))`,
          'mentor',
        ],
        escalationPanel,
      ),
    ),
  },
  [Permission.EscalationAct]: { noun: 'escalation', sql: escalation(relation(escalationCoordinator, escalationPanel)) },

  [Permission.AccountRead]: {
    noun: 'account',
    sql: rows('accounts', 'ac', relation(operator, [`${has('program-admin')} AND ac.kind = 'program-admin'`, 'program-admin'])),
  },
  [Permission.AccountManage]: {
    noun: 'account',
    sql: rows(
      'accounts',
      'ac',
      relation(operator, [`${has('program-admin')} AND ac.kind = 'program-admin' AND ac.id = ANY($2::uuid[])`, 'program-admin']),
    ),
  },

  [Permission.NudgeAnswer]: {
    noun: 'nudge',
    sql: rows(
      'nudges',
      'n',
      `CASE WHEN n.recipient_role <> 'coordinator' AND n.recipient_role = ANY($6::text[]) AND n.recipient_id = ANY($2::uuid[])
              THEN n.recipient_role
            WHEN n.recipient_role = 'coordinator' AND ${inScopeBySlug('n.program_slug', 'COALESCE(n.municipality_id, $4::uuid)')}
              THEN 'coordinator' END`,
    ),
  },
};

/**
 * Who may make a row where no row is named yet, by her roles alone; what the
 * new row points to (its program, its municipality) is checked by that row's
 * own permission.
 */
export const CREATE_ROLES: Partial<Record<Permission, Role[]>> = {
  [Permission.ProgramCreate]: ['program-admin'],
  [Permission.MunicipalityManage]: ['program-admin'],
  [Permission.CoordinatorManage]: ['program-admin'],
  [Permission.OperatorAccountGrant]: ['operator'],
  [Permission.ProgramAdminAccountGrant]: ['operator', 'program-admin'],
  [Permission.OwnReferralsRead]: ['referrer'],
  [Permission.MetricsRead]: ['operator'],
  [Permission.OwnReferralMake]: ['referrer'],
};
