import { NativeConnection, Worker } from '@temporalio/worker';
import { loadConfig } from '../../libs/config/load-config';
import { temporalConnectionOptions, temporalDataConverter } from '../../libs/temporal-connection/connection-options';

/**
 * A worker for the ceiling's workflows in a process of its own, as our
 * worker runs: the same connection, payload encryption and limits, on the
 * task queue TEMPORAL_TASK_QUEUE names. Prints "ceiling worker polling" once
 * it polls; SIGTERM drains it.
 */
async function main(): Promise<void> {
  const { temporal } = loadConfig();
  const connection = await NativeConnection.connect(temporalConnectionOptions(temporal));
  const worker = await Worker.create({
    connection,
    namespace: temporal.namespace,
    dataConverter: temporalDataConverter(temporal),
    taskQueue: temporal.taskQueues.main,
    workflowsPath: require.resolve('./ceiling.workflow'),
    maxCachedWorkflows: temporal.worker.maxCachedWorkflows,
    maxConcurrentWorkflowTaskExecutions: temporal.worker.maxConcurrentWorkflowTaskExecutions,
    maxConcurrentActivityTaskExecutions: temporal.worker.maxConcurrentActivityTaskExecutions,
  });
  process.once('SIGTERM', () => worker.shutdown());
  const running = worker.run();
  console.log(`ceiling worker polling ${temporal.taskQueues.main}`);
  await running;
  await connection.close();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
