import { join, resolve } from 'node:path';
import { checkImports, Import, importProblems, importsOf } from './check-imports';

const root = resolve(__dirname, '..');
const value = (from: string, target: string): Import => ({ from, target, specifier: target, typeOnly: false });

describe('check-imports', () => {
  it('finds no libs/ → apps/ import, no cycle and no workflow importing outside its sandbox in this repository', () => {
    expect(checkImports(root)).toEqual([]);
  });

  it('refuses libs/ importing apps/, and a cycle between two libs/ folders, naming the imports that close it', () => {
    expect(
      importProblems([
        value('libs/a/x.ts', 'apps/api/src/y.ts'),
        value('libs/a/x.ts', 'libs/b/z.ts'),
        value('libs/b/z.ts', 'libs/a/w.ts'),
        value('libs/c/v.ts', 'libs/a/x.ts'),
      ]),
    ).toEqual([
      'libs/a/x.ts imports apps/api/src/y.ts: libs/ must not depend on apps/',
      'cycle between libs/a, libs/b: libs/a/x.ts -> libs/b/z.ts; libs/b/z.ts -> libs/a/w.ts',
    ]);
  });

  it('lets a workflow file import @temporalio/workflow, other workflow files and types only', () => {
    const file = join(root, 'workflows/some/some.workflow.ts');
    const imports = importsOf(
      root,
      file,
      [
        "import { proxyActivities } from '@temporalio/workflow';",
        "import type { Activities } from '../../activities/some';",
        "import { type State } from '../../libs/some/state';",
        "import { ids } from '../other/messages';",
        "import { DataSource } from 'typeorm';",
        "export { helper } from '../../libs/some/helper';",
      ].join('\n'),
    );
    const onlyWorkflowImports = 'a workflow file imports only @temporalio/workflow, types and other workflow files';
    expect(importProblems(imports)).toEqual([
      `workflows/some/some.workflow.ts imports typeorm: ${onlyWorkflowImports}`,
      `workflows/some/some.workflow.ts imports libs/some/helper: ${onlyWorkflowImports}`,
    ]);
  });

  it('does not count a type-only import toward a cycle', () => {
    const typeOnly: Import = { ...value('workflows/b/x.ts', 'workflows/a/messages.ts'), typeOnly: true };
    expect(importProblems([value('workflows/a/y.ts', 'workflows/b/messages.ts'), typeOnly])).toEqual([]);
  });
});
