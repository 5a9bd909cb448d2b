import { Client } from 'pg';

/** What the engine chased and escalated on its own during the cohort: each kind, with how many. */
export interface NudgeCensus {
  nudgesByKind: Record<string, number>;
  /** Left open past the policy's escalateIgnoredAfter and reported: a mentor's count toward an unanswered-nudges escalation. */
  nudgesIgnoredByKind: Record<string, number>;
  escalationsByReason: Record<string, number>;
}

/**
 * Read straight from PostgreSQL after the run. A course on schedule still
 * sees some nudges (a measurement falls due at the moment the match starts);
 * more than that shows where the compressed year and the engine's clock disagree.
 */
export async function nudgeCensus(databaseUrl: string, programSlug: string): Promise<NudgeCensus> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const counted = async (sql: string) => {
      const { rows } = await db.query<{ name: string; count: string }>(sql, [programSlug]);
      return Object.fromEntries(rows.map(({ name, count }) => [name, Number(count)]));
    };
    return {
      nudgesByKind: await counted('SELECT kind AS name, count(*) FROM nudges WHERE program_slug = $1 GROUP BY kind ORDER BY count(*) DESC, kind'),
      nudgesIgnoredByKind: await counted('SELECT kind AS name, count(*) FROM nudges WHERE program_slug = $1 AND escalated_at IS NOT NULL GROUP BY kind ORDER BY count(*) DESC, kind'),
      escalationsByReason: await counted('SELECT reason AS name, count(*) FROM escalations WHERE program_slug = $1 GROUP BY reason ORDER BY count(*) DESC, reason'),
    };
  } finally {
    await db.end();
  }
}
