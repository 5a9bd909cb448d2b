import { FaultStack } from '../scripts/faults/fault-stack';
import { faultTable, faultsFor, FaultResult, runFault, SHORT } from '../scripts/faults/faults';

/**
 * CI's short version of `./mentorflow faults`: each fault against a cohort
 * on a stack of its own (PostgreSQL and the Temporal dev server in processes
 * that are stopped and restarted, workers killed with SIGKILL). Whatever
 * breaks, every course ends closed with exactly the meetings and
 * measurements the API acknowledged, in Postgres and in its workflow; the API
 * answers 503 while something is away, never 500, and never hangs.
 */
describe('faults: nothing acknowledged is lost or doubled', () => {
  let stack: FaultStack;
  const results: FaultResult[] = [];

  beforeAll(async () => {
    stack = await FaultStack.start();
  }, 180_000);
  afterAll(async () => {
    await stack?.stop();
    console.log(faultTable(results));
  });

  it.each(faultsFor('dev-server').map((fault) => [fault.name, fault] as const))(
    '%s',
    async (_, fault) => {
      const result = await runFault(stack, fault, SHORT);
      results.push(result);
      expect(result.census.problems).toEqual([]);
      expect(result.census).toMatchObject({ lost: 0, doubled: 0, coursesClosed: SHORT.courses, acknowledged: result.census.attempted });
      expect(result.stats).toMatchObject({ serverErrors: 0, hangs: 0 });
      if (fault.makesApiUnavailable) expect(result.stats.unavailable).toBeGreaterThan(0);
      expect(result.workers).toBeGreaterThan(0);
    },
    600_000,
  );
});
