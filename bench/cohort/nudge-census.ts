import { Client } from 'pg';

/** What the engine chased and escalated on its own during the cohort: each kind, with how many. */
export interface NudgeCensus {
  nudgesByKind: Record<string, number>;
  /** Left open past the policy's escalateIgnoredAfter and reported: a mentor's count toward an unanswered-nudges escalation. */
  nudgesIgnoredByKind: Record<string, number>;
  /** How each kind ended by the end of the run: still open, acknowledged, or resolved and by what ("meeting logged"). */
  nudgesEndedBy: Record<string, number>;
  escalationsByReason: Record<string, number>;
}

/**
 * Read straight from PostgreSQL after the run. A course on schedule still
 * sees some nudges (a reminder on the day a measurement or a review is due,
 * the welcome); more than that shows where the compressed year and the
 * engine's clock disagree.
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
      nudgesByKind: await counted(
        'SELECT kind AS name, count(*) FROM nudges WHERE program_slug = $1 GROUP BY kind ORDER BY count(*) DESC, kind',
      ),
      nudgesIgnoredByKind: await counted(
        `SELECT kind AS name, count(*) FROM nudges
           WHERE program_slug = $1 AND escalated_at IS NOT NULL GROUP BY kind ORDER BY count(*) DESC, kind`,
      ),
      nudgesEndedBy: await counted(
        `SELECT kind || ': ' || status || CASE WHEN status = 'resolved' THEN ' (' || closed_by || ')' ELSE '' END AS name, count(*)
           FROM nudges WHERE program_slug = $1 GROUP BY 1 ORDER BY count(*) DESC, 1`,
      ),
      escalationsByReason: await counted(
        'SELECT reason AS name, count(*) FROM escalations WHERE program_slug = $1 GROUP BY reason ORDER BY count(*) DESC, reason',
      ),
    };
  } finally {
    await db.end();
  }
}
