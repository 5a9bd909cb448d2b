import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import * as ts from 'typescript';

/**
 * The layering rules README's architecture states, checked on the import
 * statements themselves (`npx ts-node scripts/check-imports.ts`, and
 * check-imports.spec.ts in the unit tests):
 *  - nothing in libs/ imports from apps/;
 *  - no cycle between the parts of one root: libs/<folder>, workflows/<folder>
 *    (a file directly in workflows/ is a part of its own), activities/<folder>,
 *    apps/<app>. Type-only imports are left out: they are erased before the
 *    code loads, and one workflow naming the types of another's messages (a
 *    course names an escalation's reasons) shares a contract, not code;
 *  - a workflow file imports only @temporalio/workflow, types, and other
 *    workflow files: what it imports is bundled into the deterministic sandbox.
 */

const ROOTS = ['apps', 'workflows', 'activities', 'libs'];
const WORKFLOW_RUNTIME = '@temporalio/workflow';

export interface Import {
  /** Repository-relative, with forward slashes. */
  from: string;
  specifier: string;
  /** The repository file it names, when it is one of ours; undefined for a package. */
  target?: string;
  /** `import type`, or only `type` bindings: erased before the code runs. */
  typeOnly: boolean;
}

export function checkImports(repositoryRoot: string): string[] {
  const imports = ROOTS.flatMap((root) => tsFiles(join(repositoryRoot, root))).flatMap((file) => importsOf(repositoryRoot, file));
  return importProblems(imports);
}

export function importProblems(imports: Import[]): string[] {
  return [...libsToApps(imports), ...workflowSandbox(imports), ...cycles(imports)];
}

function libsToApps(imports: Import[]): string[] {
  return imports
    .filter((i) => i.from.startsWith('libs/') && i.target?.startsWith('apps/'))
    .map((i) => `${i.from} imports ${i.target}: libs/ must not depend on apps/`);
}

function workflowSandbox(imports: Import[]): string[] {
  return imports
    .filter(
      (i) => i.from.startsWith('workflows/') && !i.typeOnly && i.specifier !== WORKFLOW_RUNTIME && !i.target?.startsWith('workflows/'),
    )
    .map(
      (i) =>
        `${i.from} imports ${i.target ?? i.specifier}: a workflow file imports only ${WORKFLOW_RUNTIME}, types and other workflow files`,
    );
}

/** The part of the code a file belongs to, for the cycle rule. */
export function partOf(file: string): string | undefined {
  // A file directly under a root (workflows/version.ts) is a part of its own.
  const [root, second] = file.split('/');
  return ROOTS.includes(root) && second !== undefined ? `${root}/${second}` : undefined;
}

/** Each set of parts that import each other round in a circle (a strongly connected component), with the imports that close it. */
function cycles(imports: Import[]): string[] {
  const edges = new Map<string, Map<string, Import>>();
  for (const i of imports) {
    const from = partOf(i.from);
    const to = i.target && partOf(i.target);
    // Across roots the layers are one-way by the rules above, but for types: a workflow names its activities' types.
    if (i.typeOnly || !from || !to || from === to || from.split('/')[0] !== to.split('/')[0]) continue;
    if (!edges.has(from)) edges.set(from, new Map());
    if (!edges.get(from)!.has(to)) edges.get(from)!.set(to, i);
  }
  return stronglyConnected(edges)
    .filter((component) => component.length > 1)
    .map((component) => {
      const inside = new Set(component);
      const witnesses = component.flatMap((from) =>
        [...(edges.get(from) ?? [])].filter(([to]) => inside.has(to)).map(([, i]) => `${i.from} -> ${i.target}`),
      );
      return `cycle between ${component.join(', ')}: ${witnesses.join('; ')}`;
    });
}

/** Tarjan's algorithm; components and their members sorted, so the report reads the same every run. */
function stronglyConnected(edges: Map<string, Map<string, unknown>>): string[][] {
  const nodes = [...new Set([...edges.keys(), ...[...edges.values()].flatMap((targets) => [...targets.keys()])])].sort();
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of [...(edges.get(node)?.keys() ?? [])].sort()) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    components.push(component.sort());
  };
  for (const node of nodes) if (!index.has(node)) visit(node);
  return components.sort((a, b) => a[0].localeCompare(b[0]));
}

function tsFiles(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Static imports, re-exports, `import x = require()`, and calls to import() or require() with a literal. */
export function importsOf(repositoryRoot: string, file: string, text = readFileSync(file, 'utf8')): Import[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const from = repositoryPath(repositoryRoot, file);
  const found: Import[] = [];
  const add = (specifier: string, typeOnly: boolean) =>
    found.push({ from, specifier, typeOnly, target: resolveTarget(repositoryRoot, file, specifier) });
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) add(node.moduleSpecifier.text, isTypeOnlyImport(node));
    else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier))
      add(node.moduleSpecifier.text, node.isTypeOnly);
    else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    ) {
      add(node.moduleReference.expression.text, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && isLoaderCall(node) && node.arguments.length > 0 && ts.isStringLiteralLike(node.arguments[0])) {
      add(node.arguments[0].text, false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false; // `import './x'`: run for its effects
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return (
    !clause.name &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((e) => e.isTypeOnly)
  );
}

function isLoaderCall(node: ts.CallExpression): boolean {
  return node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require');
}

function resolveTarget(repositoryRoot: string, file: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(file), specifier);
  const candidates = [`${base}.ts`, join(base, 'index.ts'), base];
  const found = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
  return repositoryPath(repositoryRoot, found ?? base);
}

function repositoryPath(repositoryRoot: string, path: string): string {
  return relative(repositoryRoot, path).split(sep).join('/');
}

if (require.main === module) {
  const problems = checkImports(resolve(__dirname, '..'));
  for (const problem of problems) console.error(problem);
  console.log(problems.length === 0 ? 'imports: no problems' : `imports: ${problems.length} problem(s)`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
