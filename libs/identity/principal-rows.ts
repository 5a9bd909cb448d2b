import { Principal, PrincipalSource, Role, ROW_ID_OF_ROLE } from '../auth/roles';

/** One row that signs in: a person of a program or an account, with what it gives the principal. */
export interface SubjectRow {
  id: string;
  role: Role;
  email: string | null;
  language: 'da' | 'en';
  municipality_id: string | null;
  program_ids: string[] | null;
}

/** Every row that signs someone in, live ones only: an archived row gives nothing. */
const LIVE_SUBJECTS = `
  SELECT id, 'coordinator' AS role, email, language, municipality_id, program_ids, created_at FROM coordinators WHERE archived_at IS NULL
  UNION ALL SELECT id, 'mentor', email, language, NULL, NULL, created_at FROM mentors WHERE archived_at IS NULL
  UNION ALL SELECT id, 'panel', email, language, NULL, NULL, created_at FROM panel_members WHERE archived_at IS NULL
  UNION ALL SELECT id, 'referrer', email, language, NULL, NULL, created_at FROM referrers WHERE archived_at IS NULL
  UNION ALL SELECT id, kind, email, language, NULL, NULL, created_at FROM accounts WHERE archived_at IS NULL`;

/** The rows of one subject id, and every live row sharing an e-mail address with them (a coordinator who is also on the panel). */
export const ROWS_OF_SUBJECT = `
  WITH live AS (${LIVE_SUBJECTS}), subject AS (SELECT * FROM live WHERE id = $1)
  SELECT id, role, email, language, municipality_id, program_ids FROM subject
  UNION
  SELECT live.id, live.role, live.email, live.language, live.municipality_id, live.program_ids
  FROM live JOIN subject ON subject.email IS NOT NULL AND lower(live.email) = lower(subject.email)`;

/** The live rows of an address, the oldest first: the first is whom a sign-in names. */
export const ROWS_OF_EMAIL = `WITH live AS (${LIVE_SUBJECTS})
  SELECT id, role, email, language, municipality_id, program_ids FROM live WHERE lower(email) = $1 ORDER BY created_at, id`;

/**
 * The principal a subject's rows make: every role they give (narrowed to
 * `onlyRoles` when a development token names fewer), none from a claim.
 * Undefined when the subject has no live row or nothing is left after narrowing.
 */
export function principalFromRows(subjectId: string, rows: SubjectRow[], via: PrincipalSource, onlyRoles?: Role[]): Principal | undefined {
  const subject = rows.find((row) => row.id === subjectId);
  if (!subject) return undefined;
  const kept = rows.filter((row) => !onlyRoles || onlyRoles.includes(row.role));
  if (kept.length === 0) return undefined;
  // The subject's own row first, so the ids of her kind are the ones she signed in as.
  const ordered = [...kept.filter((row) => row.id === subjectId), ...kept.filter((row) => row.id !== subjectId)];
  const principal: Principal = { id: subjectId, roles: [], coordinator: undefined, language: subject.language === 'en' ? 'en' : 'da', via };
  for (const row of ordered) {
    if (!principal.roles.includes(row.role)) principal.roles.push(row.role);
    const idKey = ROW_ID_OF_ROLE[row.role];
    if (idKey && !principal[idKey]) principal[idKey] = row.id;
    if (row.role === 'coordinator') {
      const programIds = [...new Set([...(principal.coordinator?.programIds ?? []), ...(row.program_ids ?? [])])];
      principal.coordinator = {
        programIds,
        municipalityId: principal.coordinator ? principal.coordinator.municipalityId : row.municipality_id,
      };
    }
  }
  return principal;
}
