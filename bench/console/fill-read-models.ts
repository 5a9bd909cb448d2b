import type { DataSource } from 'typeorm';

/** The programs and municipalities the filled rows spread over: made through the API, so each program runs its workflow. */
export interface FillPlaces {
  programs: Array<{ id: string; slug: string }>;
  municipalityIds: string[];
}

export interface FillShares {
  courses: number;
}

/**
 * Phases of the open courses, as a program in its second year holds them: most active, a few waiting for consent, intake, a mentor, answers
 * to a proposal or the agreement. Shares of a hundred.
 */
const PHASES: Array<[phase: string, upTo: number]> = [
  ['awaiting-consent', 3],
  ['intake', 5],
  ['matching', 10],
  ['proposed', 13],
  ['agreeing', 15],
  ['active', 100],
];

/**
 * Fills the read models with `courses` open courses straight in PostgreSQL (no workflow behind them: the Today page and the lists never
 * ask one), spread over the programs and municipalities given: a young person, a referrer per municipality, a referral and a course each,
 * mentors with a few courses each (some stalled on their path), the attempts of the proposed, meetings, and what the engine leaves behind:
 * nudges (most long resolved; open coordinator nudges and overdue measurements on some courses), escalations (most resolved; some open,
 * a fifth of those urgent), and each program's quotas per municipality, a third behind. One transaction of set-based inserts, then ANALYZE.
 */
export async function fillReadModels(dataSource: DataSource, places: FillPlaces, { courses }: FillShares): Promise<void> {
  const programIds = places.programs.map((program) => program.id);
  const slugs = places.programs.map((program) => program.slug);
  const towns = places.municipalityIds;
  const phaseCase = PHASES.map(([phase, upTo]) => `WHEN p.n % 100 < ${upTo} THEN '${phase}'`).join(' ');
  const mentors = Math.ceil(courses / 15);
  await dataSource.transaction(async (sql) => {
    const run = (text: string, params: unknown[] = []) => sql.query(text, params);
    await run(
      `CREATE TEMP TABLE place ON COMMIT DROP AS
      SELECT n, ($1::uuid[])[1 + n % cardinality($1::uuid[])] AS program_id, ($2::text[])[1 + n % cardinality($2::text[])] AS slug,
             ($3::uuid[])[1 + (n / 7) % cardinality($3::uuid[])] AS town
        FROM generate_series(0, $4::int - 1) n`,
      [programIds, slugs, towns, Math.max(courses, mentors)],
    );
    await run(
      `INSERT INTO referrers (id, name, kind, municipality_id)
      SELECT gen_random_uuid(), 'Referrer ' || t, 'caseworker', t FROM unnest($1::uuid[]) t`,
      [towns],
    );
    await run(
      `CREATE TEMP TABLE bench_mentors ON COMMIT DROP AS
      SELECT n, gen_random_uuid() AS id, program_id, town FROM place WHERE n < $1::int`,
      [mentors],
    );
    // One mentor in twenty stalled: an application not taken up, a screening without progress, a course not finished.
    await run(`INSERT INTO mentors (id, name, program_id, municipality_id, path_phase, path_phase_since)
      SELECT id, 'Mentor ' || n, program_id, town,
             CASE n % 20 WHEN 0 THEN 'applied' WHEN 1 THEN 'screening' WHEN 2 THEN 'course' ELSE 'available' END,
             now() - (n % 200) * interval '1 day'
        FROM bench_mentors`);
    await run(
      `CREATE TEMP TABLE bench_courses ON COMMIT DROP AS
      SELECT p.n, gen_random_uuid() AS id, gen_random_uuid() AS young_person_id, p.program_id, p.slug, p.town,
             CASE ${phaseCase} END AS phase, now() - ((p.n * 37) % 400) * interval '1 hour' * 12 AS since,
             m.id AS mentor_id
        FROM place p JOIN bench_mentors m ON m.n = p.n % $1::int WHERE p.n < $2::int`,
      [mentors, courses],
    );
    await run(`INSERT INTO young_people (id, name, birth_date, municipality_id)
      SELECT young_person_id, 'Young ' || n || ' Person', DATE '2004-01-01' + (n % 3000), town FROM bench_courses`);
    await run(`INSERT INTO referrals (id, program_id, policy_version, municipality_id, referrer_id, young_person_id, referred_at,
                                      created_by)
      SELECT c.id, c.program_id, 1, c.town, (SELECT r.id FROM referrers r WHERE r.municipality_id = c.town LIMIT 1), c.young_person_id,
             c.since - interval '3 days', 'bench'
        FROM bench_courses c`);
    await run(`INSERT INTO mentorships (id, program_id, policy_version, young_person_id, municipality_id, phase, phase_since, mentor_id,
                                        match_started_at)
      SELECT id, program_id, 1, young_person_id, town, phase, since,
             CASE WHEN phase IN ('proposed', 'agreeing', 'active') THEN mentor_id END, CASE WHEN phase = 'active' THEN since END
        FROM bench_courses`);
    await run(`INSERT INTO match_attempts (mentorship_id, attempt, mentor_id, proposed_by, proposed_at, outcome)
      SELECT id, 1, mentor_id, 'bench', since - interval '1 week', CASE WHEN phase <> 'proposed' THEN 'accepted' END
        FROM bench_courses WHERE phase IN ('proposed', 'agreeing', 'active')`);
    await run(`INSERT INTO meetings (id, mentorship_id, mentor_id, held_on, minutes, place_kind, logged_by)
      SELECT gen_random_uuid(), c.id, c.mentor_id, (c.since + k * interval '1 week')::date, 60, 'cafe', 'bench'
        FROM bench_courses c, generate_series(1, 6) k WHERE c.phase = 'active'`);
    await fillNudges(run);
    await run(`INSERT INTO escalations (id, key, mentorship_id, program_slug, municipality_id, policy_version, reason, category, urgency,
                                        raised_by, status, phase, raised_at)
      SELECT gen_random_uuid(), 'bench/' || c.id || '/' || k, c.id, c.slug, c.town, 1,
             CASE WHEN c.n % 3 = 0 THEN 'who5-high-risk' ELSE 'concern' END, 'mental-health',
             CASE WHEN c.n % 5 = 0 THEN 'urgent' ELSE 'normal' END, 'engine',
             CASE WHEN k = 1 AND c.n % 20 < 1 THEN 'open' ELSE 'resolved' END,
             CASE WHEN k = 1 AND c.n % 20 < 1 THEN 'awaiting-acknowledgement' ELSE 'resolved' END, c.since + k * interval '1 day'
        FROM bench_courses c, generate_series(1, 2) k WHERE c.phase = 'active' AND c.n % 10 < 2`);
    // A third of the quotas far ahead of what was referred (the engine's nudge says so), the rest within reach.
    await run(
      `INSERT INTO referral_quotas (id, program_id, municipality_id, period_start, period_end, agreed)
      SELECT gen_random_uuid(), p, t, date_trunc('year', now())::date, (date_trunc('year', now()) + interval '1 year')::date,
             CASE WHEN (pi + ti) % 3 = 0 THEN 400 ELSE 40 END
        FROM unnest($1::uuid[]) WITH ORDINALITY AS programs(p, pi), unnest($2::uuid[]) WITH ORDINALITY AS towns(t, ti)`,
      [programIds, towns],
    );
    await run(
      `INSERT INTO nudges (key, kind, recipient_role, program_slug, municipality_id, subject_workflow_id, subject_id, status, raised_at)
      SELECT 'program-' || pr.slug || '/quota-behind:' || q.id, 'quota-behind', 'coordinator', pr.slug, q.municipality_id,
             'program-' || pr.slug, q.id, 'open', now() - interval '3 days'
        FROM referral_quotas q JOIN programs pr ON pr.id = q.program_id WHERE q.program_id = ANY($1::uuid[]) AND q.agreed = 400`,
      [programIds],
    );
  });
  await dataSource.query('ANALYZE');
}

/**
 * Nudges as the engine leaves them: each active course has had eight, settled (meeting gaps, measurements due and overdue, check-ins);
 * one course in twelve has an overdue measurement open, one in twenty-five a coordinator nudge open (a reminder reported as ignored);
 * stalled mentors their stall.
 */
async function fillNudges(run: (text: string, params?: unknown[]) => Promise<unknown>): Promise<void> {
  const nudge = (key: string, kind: string, role: string, recipient: string, status: string, raisedAt: string) =>
    `SELECT 'mentorship-' || c.id || '/' || ${key}, ${kind}, '${role}', ${recipient}, c.slug, c.town, 'mentorship-' || c.id, c.id,
            ${status}, ${raisedAt}, CASE WHEN ${status} = 'resolved' THEN ${raisedAt} + interval '2 days' END`;
  const columns = `(key, kind, recipient_role, recipient_id, program_slug, municipality_id, subject_workflow_id, subject_id, status,
                    raised_at, settled_at)`;
  const settledKind = `(ARRAY['meeting-gap', 'measurement-due', 'measurement-overdue', 'check-in-missed:mentor'])[1 + k % 4]`;
  await run(`INSERT INTO nudges ${columns}
    ${nudge(`'settled:' || k`, settledKind, 'mentor', 'c.mentor_id', `'resolved'`, `c.since + k * interval '1 day'`)}
      FROM bench_courses c, generate_series(1, 8) k WHERE c.phase = 'active'`);
  await run(`INSERT INTO nudges ${columns}
    ${nudge(`'measurement-overdue:who5@P3M'`, `'measurement-overdue'`, 'mentor', 'c.mentor_id', `'open'`, `c.since + interval '104 days'`)}
      FROM bench_courses c WHERE c.phase = 'active' AND c.n % 12 = 0`);
  await run(`INSERT INTO nudges ${columns}
    ${nudge(`'nudge-ignored'`, `'nudge-ignored'`, 'coordinator', 'NULL::uuid', `'open'`, `c.since + interval '30 days'`)}
      FROM bench_courses c WHERE c.phase = 'active' AND c.n % 25 = 1`);
  await run(`INSERT INTO nudges ${columns}
    SELECT 'mentor-' || m.id || '/stall', CASE m.path_phase WHEN 'applied' THEN 'application-waiting' WHEN 'screening'
             THEN 'screening-stalled' ELSE 'course-stalled' END, 'coordinator', NULL, p.slug, m.municipality_id, 'mentor-' || m.id, m.id,
           'open', m.path_phase_since + interval '21 days', NULL
      FROM mentors m JOIN programs p ON p.id = m.program_id JOIN bench_mentors b ON b.id = m.id WHERE m.path_phase <> 'available'`);
}
