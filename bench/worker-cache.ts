import { loadConfig } from '../libs/config/load-config';

/**
 * The environment that gives a stack's worker this workflow cache, and no more workflow task slots than it holds (the configuration
 * refuses more). Refuses a bad cache here, by its key and variable, rather than as a worker that never starts.
 */
export function workerCacheEnv(cache: number): NodeJS.ProcessEnv {
  const { maxConcurrentWorkflowTaskExecutions } = loadConfig().temporal.worker;
  const env = {
    TEMPORAL_MAX_CACHED_WORKFLOWS: String(cache),
    TEMPORAL_MAX_CONCURRENT_WORKFLOW_TASK_EXECUTIONS: String(Math.min(maxConcurrentWorkflowTaskExecutions, cache)),
  };
  loadConfig({ ...process.env, ...env });
  return env;
}
