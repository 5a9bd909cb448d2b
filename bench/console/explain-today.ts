import type { DataSource } from 'typeorm';
import type { ListScope } from '../../libs/access/access.service';
import { TODAY_ITEM_KINDS, TodayItemKind } from '../../libs/today/today-items';
import { TODAY_QUERIES } from '../../libs/today/today-queries';

/**
 * Tables small enough (a row per program, policy version, municipality or quota) that reading them whole is the planner's right
 * choice.
 */
const SMALL_TABLES = new Set(['programs', 'program_policy_versions', 'municipalities', 'referral_quotas', 'referrers']);

export interface QueryPlan {
  kind: TodayItemKind;
  /** Each table read and how: "Index Scan nudges (IDX_…)", "Seq Scan programs". */
  scans: string[];
  /** A large table read whole: what the indexes are there to prevent. */
  sequentialOnLarge: string[];
  executionMs: number;
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

/** Each Today query's plan for this scope, run (EXPLAIN ANALYZE) against the filled tables. */
export async function explainToday(dataSource: DataSource, scope: ListScope, limit: number): Promise<QueryPlan[]> {
  const plans: QueryPlan[] = [];
  for (const kind of TODAY_ITEM_KINDS) {
    const { sql, params } = TODAY_QUERIES[kind].sql(scope, limit);
    const [row] = await dataSource.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
    const [explained] = row['QUERY PLAN'] as Array<{ Plan: PlanNode; 'Execution Time': number }>;
    const reads = scansOf(explained.Plan);
    plans.push({
      kind,
      scans: reads.map((read) =>
        [read['Node Type'], read['Relation Name'], read['Index Name'] && `(${read['Index Name']})`].filter(Boolean).join(' '),
      ),
      sequentialOnLarge: reads
        .filter((read) => read['Node Type'] === 'Seq Scan' && !SMALL_TABLES.has(read['Relation Name']!))
        .map((read) => read['Relation Name']!),
      executionMs: Math.round(explained['Execution Time'] * 10) / 10,
    });
  }
  return plans;
}

function scansOf(node: PlanNode): PlanNode[] {
  // A bitmap index scan names its index, its heap scan above it the table.
  const own = node['Relation Name'] || node['Index Name'] ? [node] : [];
  return [...own, ...(node.Plans ?? []).flatMap(scansOf)];
}
