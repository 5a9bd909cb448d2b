import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { bundleWorkflowCode, type BundleOptions, type WorkerOptions } from '@temporalio/worker';
import { FAILURE_CONVERTER_PATH } from '../../../libs/temporal-connection/connection-options';

/** Where `./mentorflow build` writes the bundle: dist/workflow-bundle, beside the compiled code it was made from. */
export const WORKFLOW_BUNDLE_DIR = join(__dirname, '..', '..', '..', 'workflow-bundle');
const CODE_FILE = 'workflows.js';
const MANIFEST_FILE = 'workflows.json';
/** Compiled, the worker runs from dist/ and `build` made its bundle; from TypeScript (the tests) it bundles the sources. */
const COMPILED = __filename.endsWith('.js');

/** webpack's progress is noise in a build's output; its warnings and errors are kept. */
const quietBundlerLogger = {
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: (message: string, meta?: Record<string, unknown>) => console.warn(message, meta ?? ''),
  error: (message: string, meta?: Record<string, unknown>) => console.error(message, meta ?? ''),
  log: () => undefined,
};

/** The one way the workflow code is bundled: at build, by a worker without a bundle, and by the replay test. */
export function workflowBundleOptions(): BundleOptions {
  return { workflowsPath: require.resolve('../../../workflows'), failureConverterPath: FAILURE_CONVERTER_PATH, logger: quietBundlerLogger };
}

/**
 * What the bundle is made of, as one hash: every file of the workflows
 * folder (and each folder in it), the failure converter, and the versions
 * of the SDK that bundles and runs them. A bundle whose hash differs from
 * the code beside it is stale: the worker must not run it.
 */
export function workflowSourcesHash(options: BundleOptions = workflowBundleOptions()): string {
  const root = dirname(options.workflowsPath);
  const hash = createHash('sha256');
  for (const file of [...filesUnder(root), options.failureConverterPath!]) {
    hash
      .update(`${relative(root, file)}\0`)
      .update(readFileSync(file))
      .update('\0');
  }
  for (const sdk of ['@temporalio/worker', '@temporalio/workflow']) hash.update(`${sdk}@${sdkVersion(sdk)}\0`);
  return hash.digest('hex');
}

/** Bundles the workflow code into `dir`, with the hash of what it was made of beside it. */
export async function buildWorkflowBundle(
  dir = WORKFLOW_BUNDLE_DIR,
  options = workflowBundleOptions(),
): Promise<{ codePath: string; bytes: number }> {
  const sourcesHash = workflowSourcesHash(options);
  const { code } = await bundleWorkflowCode(options);
  mkdirSync(dir, { recursive: true });
  const codePath = join(dir, CODE_FILE);
  writeFileSync(codePath, code);
  writeFileSync(join(dir, MANIFEST_FILE), `${JSON.stringify({ sourcesHash, builtAt: new Date().toISOString() }, null, 2)}\n`);
  return { codePath, bytes: Buffer.byteLength(code) };
}

export type WorkflowCode = Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath'>;

/**
 * The workflow code the worker runs: the bundle built ahead of time when it
 * is there and made of the code beside it (the worker then polls in
 * seconds); else, saying why, the sources bundled now, as the worker did
 * before bundles were built (slower, but never stale code).
 */
export function workflowCode(
  warn: (message: string) => void,
  { dir = WORKFLOW_BUNDLE_DIR, compiled = COMPILED, options = workflowBundleOptions() } = {},
): WorkflowCode {
  const fromSources = { workflowsPath: options.workflowsPath };
  if (!compiled) return fromSources;
  const problem = bundleProblem(dir, workflowSourcesHash(options));
  if (!problem) return { workflowBundle: { codePath: join(dir, CODE_FILE) } };
  warn(`workflow bundle ${problem}: bundling the workflow sources at start instead (slower); \`./mentorflow build\` builds it`);
  return fromSources;
}

function bundleProblem(dir: string, sourcesHash: string): string | undefined {
  const manifestPath = join(dir, MANIFEST_FILE);
  if (!existsSync(join(dir, CODE_FILE)) || !existsSync(manifestPath)) return `missing in ${dir}`;
  let built: unknown;
  try {
    built = (JSON.parse(readFileSync(manifestPath, 'utf8')) as { sourcesHash?: unknown }).sourcesHash;
  } catch {
    return `unreadable (${manifestPath})`;
  }
  return built === sourcesHash ? undefined : `stale in ${dir}: built from other workflow code than the worker's`;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}

function sdkVersion(name: string): string {
  return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
}
