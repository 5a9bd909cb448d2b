import { buildWorkflowBundle } from '../apps/worker/src/workflow-bundle';

/**
 * `./mentorflow build`'s last step: the worker's workflow bundle, built once
 * here from the compiled workflows (dist/workflow-bundle), so a worker starts
 * from it in seconds instead of bundling the sources at every start.
 */
async function main(): Promise<void> {
  const started = Date.now();
  const { codePath, bytes } = await buildWorkflowBundle();
  console.log(`${codePath}: ${Math.round(bytes / 1024)} kB in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
