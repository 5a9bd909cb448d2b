import { Problem, problemAt } from '../../../../libs/validation/problems';
import { hasLoneSurrogate, hasNul, storable } from './storable-text';

/** Deeper than any body the API takes (a program's policy is the deepest, at five), far below what validation's recursion survives. */
export const MAX_JSON_DEPTH = 32;
/** Enough to say what is wrong without echoing a body full of bad strings back. */
const MAX_PROBLEMS = 10;
const MAX_PATH_LENGTH = 200;

export type JsonInputFinding = { kind: 'too-deep'; path: string } | { kind: 'unstorable'; problems: Problem[] } | { kind: 'fine' };

/**
 * Walks parsed JSON (or a parsed query) without recursion, so no input can
 * overflow the stack here: it stops at the first container nested deeper than
 * `maxDepth`, and otherwise names every string and key PostgreSQL would refuse
 * (a NUL character, or a lone UTF-16 surrogate that is not Unicode at all), so
 * the request is refused before validation or any write, not answered 500.
 */
export function scanJsonInput(value: unknown, maxDepth = MAX_JSON_DEPTH): JsonInputFinding {
  const problems: Problem[] = [];
  const report = (path: string, problem: Unstorable, inName: boolean) =>
    problems.length < MAX_PROBLEMS && problems.push(problemAt(shortened(path), problem, { inName }));
  const pending: Array<{ value: unknown; path: string; depth: number; key?: string }> = [{ value, path: '', depth: 0 }];
  while (pending.length > 0) {
    const { value: current, path, depth, key } = pending.pop()!;
    const keyProblem = key === undefined ? undefined : unstorable(key);
    if (keyProblem) report(path, keyProblem, true);
    if (typeof current === 'string') {
      const problem = unstorable(current);
      if (problem) report(path, problem, false);
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (depth + 1 > maxDepth) return { kind: 'too-deep', path: shortened(path) };
    // Pushed last to first, so the problems come out in the order they were sent.
    for (const [childKey, child] of Object.entries(current).reverse()) {
      pending.push({ value: child, path: path ? `${path}.${printable(childKey)}` : printable(childKey), depth: depth + 1, key: childKey });
    }
  }
  return problems.length > 0 ? { kind: 'unstorable', problems } : { kind: 'fine' };
}

type Unstorable = 'contains-nul' | 'contains-lone-surrogate';

function unstorable(text: string): Unstorable | undefined {
  if (hasNul(text)) return 'contains-nul';
  if (hasLoneSurrogate(text)) return 'contains-lone-surrogate';
  return undefined;
}

/** A key as it was sent, its NUL spelled out (\u0000) and a lone surrogate shown as U+FFFD, so the message itself can be stored. */
function printable(key: string): string {
  return storable(key.replaceAll('\u0000', '\\u0000'));
}

function shortened(path: string): string {
  return path.length > MAX_PATH_LENGTH ? `${path.slice(0, MAX_PATH_LENGTH - 1)}…` : path;
}
