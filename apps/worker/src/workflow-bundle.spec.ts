import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FAILURE_CONVERTER_PATH } from '../../../libs/temporal-connection/connection-options';
import { buildWorkflowBundle, workflowBundleOptions, workflowCode } from './workflow-bundle';

const SCRATCH = join(__dirname, '..', '..', '..', '.data');

describe('the worker’s workflow bundle, built ahead of time', () => {
  let root: string;
  let options: ReturnType<typeof workflowBundleOptions>;
  const bundleDir = () => join(root, 'workflow-bundle');
  const writeWorkflows = (answer: string) =>
    writeFileSync(options.workflowsPath, `exports.greet = async function greet() { return ${JSON.stringify(answer)}; };\n`);

  beforeEach(() => {
    // Inside the repository (in .data, which git ignores), where the bundler finds @temporalio/workflow in node_modules.
    mkdirSync(SCRATCH, { recursive: true });
    root = mkdtempSync(join(SCRATCH, 'workflow-bundle-'));
    options = {
      ...workflowBundleOptions(),
      workflowsPath: join(root, 'workflows', 'index.js'),
      failureConverterPath: FAILURE_CONVERTER_PATH,
    };
    mkdirSync(join(root, 'workflows'));
    writeWorkflows('hello');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is used by a compiled worker when it was built from the workflow code beside it', async () => {
    const { codePath } = await buildWorkflowBundle(bundleDir(), options);
    const warn = jest.fn();
    expect(workflowCode(warn, { dir: bundleDir(), compiled: true, options })).toEqual({ workflowBundle: { codePath } });
    expect(warn).not.toHaveBeenCalled();
  }, 60_000);

  it('is refused as stale once the workflow code changed after it was built: the sources are bundled instead, saying why', async () => {
    await buildWorkflowBundle(bundleDir(), options);
    writeWorkflows('hello again');
    const warn = jest.fn();
    expect(workflowCode(warn, { dir: bundleDir(), compiled: true, options })).toEqual({ workflowsPath: options.workflowsPath });
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^workflow bundle stale .*`\.\/mentorflow build` builds it$/));
  }, 60_000);

  it('when missing, leaves the worker bundling the sources at start, saying why', () => {
    const warn = jest.fn();
    expect(workflowCode(warn, { dir: bundleDir(), compiled: true, options })).toEqual({ workflowsPath: options.workflowsPath });
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^workflow bundle missing in /));
  });

  it('is not looked for when the worker runs from TypeScript (the tests): they bundle the sources', () => {
    const warn = jest.fn();
    expect(workflowCode(warn, { dir: bundleDir(), compiled: false, options })).toEqual({ workflowsPath: options.workflowsPath });
    expect(warn).not.toHaveBeenCalled();
  });
});
