import { DataSource } from 'typeorm';
import type { Role } from '../auth/roles';
import type { DatabaseConfig } from '../config/app-config';
import { dataSourceOptions } from '../persistence/data-source-options';

/**
 * Rows behind development tokens, for the test harness, benchmarks and fault
 * runs: a token's subject must be a live row (see Principals), so tooling
 * that mints a token for an id first makes the minimal row of that kind.
 * Mentors and panel members need a program, referrers a municipality: they
 * get an archived placeholder each, which lists leave out. Never used by the
 * API or the worker.
 */
export const PLACEHOLDER_PROGRAM_ID = '00000000-0000-4000-8000-0000000d0001';
export const PLACEHOLDER_MUNICIPALITY_ID = '00000000-0000-4000-8000-0000000d0002';

const INSERT_ROW: Record<Role, string> = {
  coordinator: `INSERT INTO coordinators (id, name) VALUES ($1, 'Test coordinator') ON CONFLICT DO NOTHING`,
  mentor: `INSERT INTO mentors (id, name, program_id) VALUES ($1, 'Test mentor', '${PLACEHOLDER_PROGRAM_ID}') ON CONFLICT DO NOTHING`,
  panel: `INSERT INTO panel_members (id, name, program_id)
    VALUES ($1, 'Test panel member', '${PLACEHOLDER_PROGRAM_ID}') ON CONFLICT DO NOTHING`,
  referrer: `INSERT INTO referrers (id, name, kind, municipality_id)
    VALUES ($1, 'Test referrer', 'caseworker', '${PLACEHOLDER_MUNICIPALITY_ID}') ON CONFLICT DO NOTHING`,
  operator: `INSERT INTO accounts (id, name, kind) VALUES ($1, 'Test operator', 'operator') ON CONFLICT DO NOTHING`,
  'program-admin': `INSERT INTO accounts (id, name, kind)
    VALUES ($1, 'Test program administrator', 'program-admin') ON CONFLICT DO NOTHING`,
};

/** Makes the row of this kind with this id unless one exists (live or archived: an archived one stays archived). */
export async function ensureDevSubject(dataSource: DataSource, role: Role, id: string): Promise<void> {
  if (role === 'mentor' || role === 'panel' || role === 'referrer') await ensurePlaceholders(dataSource);
  await dataSource.query(INSERT_ROW[role], [id]);
}

/** The same through a connection of its own, for tooling that holds none (a stack's boot, the tests' global setup). */
export async function ensureDevSubjects(database: DatabaseConfig, subjects: Array<[Role, string]>): Promise<void> {
  const dataSource = await new DataSource(dataSourceOptions(database)).initialize();
  try {
    for (const [role, id] of subjects) await ensureDevSubject(dataSource, role, id);
  } finally {
    await dataSource.destroy();
  }
}

async function ensurePlaceholders(dataSource: DataSource): Promise<void> {
  await dataSource.query(
    `INSERT INTO programs (id, slug, name, status, policy_version, archived_at)
     VALUES ($1, 'dev-token-placeholder', 'Placeholder for development tokens', 'draft', 1, now()) ON CONFLICT DO NOTHING`,
    [PLACEHOLDER_PROGRAM_ID],
  );
  await dataSource.query(
    `INSERT INTO municipalities (id, name, archived_at) VALUES ($1, 'Placeholder for development tokens', now()) ON CONFLICT DO NOTHING`,
    [PLACEHOLDER_MUNICIPALITY_ID],
  );
}
