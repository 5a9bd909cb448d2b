import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { endChild, startNodeChild } from '../../scripts/stack/node-child';
import { forEachConcurrently } from '../concurrently';
import { Latencies, LatencySummary } from '../measure/latencies';
import { processMemoryMb } from '../measure/process-memory';
import { cpuMeter, CpuPerItem } from '../measure/stack-cpu';
import { throughput, Throughput } from '../measure/throughput';
import { ceiling, CeilingInput, nothingUpdate } from './ceiling.workflow';

export interface CeilingOptions {
  /** Workflows started: one per course. */
  workflows: number;
  /** Updates over all of them: one per command that was not a course's first. */
  updates: number;
  concurrency: number;
  /** Worker processes, as many as the cohort had. */
  workers: number;
  /** The stack's environment: the same server, connection and payload keys. */
  env: NodeJS.ProcessEnv;
  /** Temporal's processes (the dev server, or a cluster's services), whose CPU time per command is measured. */
  temporalPids: number[];
}

export interface CeilingFigures {
  workflows: number;
  updates: number;
  completed: number;
  /** Starts and updates. */
  commands: Throughput;
  latencyMs: LatencySummary;
  workersPeakRssMb: Array<number | undefined>;
  /** Over the run, per start or update: what the platform itself costs each part. */
  cpuMsPerCommand: CpuPerItem;
  wallTimeS: number;
}

/**
 * The most the same server and the same kind of worker do with nothing to
 * do: trivial workflows taking as many starts and empty updates as the
 * cohort's commands, driven straight through a Temporal client, closed loop,
 * `concurrency` at a time (one workflow per runner, its updates in turn, as
 * a course sends its commands). Our throughput over this is what the engine
 * keeps of the platform's.
 */
export async function runCeiling(client: Client, options: CeilingOptions): Promise<CeilingFigures> {
  const taskQueue = `${options.env.TEMPORAL_TASK_QUEUE}-ceiling`;
  const workers: ChildProcess[] = [];
  try {
    for (let index = 0; index < options.workers; index += 1) {
      const env = { ...process.env, ...options.env, TEMPORAL_TASK_QUEUE: taskQueue };
      workers.push((await startNodeChild('bench/ceiling/ceiling-worker', [], env, /ceiling worker polling/)).child);
    }
    const cpu = cpuMeter({
      worker: workers.map((worker) => worker.pid!),
      api: [],
      devServer: options.temporalPids,
      client: [process.pid],
    });
    const figures = await drive(client, taskQueue, options);
    const cpuMsPerCommand = cpu.perItem(figures.commands.count);
    return { ...figures, cpuMsPerCommand, workersPeakRssMb: workers.map((worker) => processMemoryMb(worker.pid!)?.peakRssMb) };
  } finally {
    await Promise.all(workers.map((worker) => endChild(worker, 'SIGTERM')));
  }
}

async function drive(
  client: Client,
  taskQueue: string,
  options: CeilingOptions,
): Promise<Omit<CeilingFigures, 'workersPeakRssMb' | 'cpuMsPerCommand'>> {
  const run = randomUUID().slice(0, 8);
  // The updates shared out as evenly as they go.
  const plans = Array.from({ length: options.workflows }, (_, index): CeilingInput => ({
    updates: Math.floor(options.updates / options.workflows) + (index < options.updates % options.workflows ? 1 : 0),
  }));
  const latencies = new Latencies();
  const completions: number[] = [];
  const timed = async (operation: () => Promise<unknown>) => {
    const started = performance.now();
    await operation();
    const done = performance.now();
    latencies.record(done - started);
    completions.push(done);
  };
  const workflowId = (index: number) => `ceiling-${run}-${index}`;

  const startedAt = performance.now();
  await forEachConcurrently(plans, options.concurrency, async (plan, index) => {
    await timed(() => client.workflow.start(ceiling, { workflowId: workflowId(index), taskQueue, args: [plan] }));
    const handle = client.workflow.getHandle(workflowId(index));
    for (let update = 0; update < plan.updates; update += 1) await timed(() => handle.executeUpdate(nothingUpdate, { args: [{}] }));
  });
  const wallTimeS = Math.round((performance.now() - startedAt) / 100) / 10;

  let completed = 0;
  const settledBy = Date.now() + 10_000;
  await forEachConcurrently(plans, options.concurrency, async (_, index) => {
    const handle = client.workflow.getHandle(workflowId(index));
    let status = (await handle.describe()).status.name;
    // The last update's answer and the workflow's completion need not come in the same task.
    while (status === 'RUNNING' && Date.now() < settledBy) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      status = (await handle.describe()).status.name;
    }
    if (status === 'COMPLETED') completed += 1;
  });
  return {
    workflows: plans.length,
    updates: options.updates,
    completed,
    commands: throughput(startedAt, completions),
    latencyMs: latencies.summary(),
    wallTimeS,
  };
}
