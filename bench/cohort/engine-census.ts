import type { Client } from '@temporalio/client';
import { MentorflowProgram } from '../../workflows/search-attributes';

/** Every workflow the program's cohort set off, by workflow type. */
export interface EngineCensus {
  byType: Record<string, { workflows: number; events: number }>;
  /** Events across every type, over the courses: what one course costs the server, its nudges and escalations included. */
  eventsPerCourse: number;
}

/**
 * Counted from the server's visibility store (history length is kept for
 * closed workflows; one still running counts its events so far as zero).
 * It shows what a command costs beyond the course's own history: the
 * nudges it raises and chases are workflows of their own.
 */
export async function engineCensus(client: Client, programSlug: string, courses: number): Promise<EngineCensus> {
  const byType: EngineCensus['byType'] = {};
  for await (const workflow of client.workflow.list({ query: `${MentorflowProgram.name} = '${programSlug}'` })) {
    const tally = (byType[workflow.type] ??= { workflows: 0, events: 0 });
    tally.workflows += 1;
    tally.events += workflow.historyLength;
  }
  const events = Object.values(byType).reduce((sum, { events: typeEvents }) => sum + typeEvents, 0);
  return { byType, eventsPerCourse: courses > 0 ? Math.round(events / courses) : 0 };
}
