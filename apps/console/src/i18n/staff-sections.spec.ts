import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import da from './da.json';
import { STAFF_SECTIONS } from './staff-sections';

const SRC = resolve(__dirname, '..');
const ENTRIES = [join(SRC, 'main.tsx'), join(SRC, 'young-person', 'main.tsx')];
// `import x from './y'` and `export { x } from './y'`, not `import type` (no code) nor `import('./y')` (a lazy chunk).
const STATIC_IMPORT = /^(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;

function resolved(from: string, specifier: string): string | undefined {
  const base = join(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`].find((path) => existsSync(path) && /\.tsx?$/.test(path));
}

/** The console's source files a first load brings, following static imports from the pages' entries. */
function firstLoadFiles(): Set<string> {
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      const next = resolved(file, specifier);
      if (next) visit(next);
    }
  };
  ENTRIES.forEach(visit);
  return files;
}

describe("the coordinators' texts, which a phone's first load goes without", () => {
  it('are sections the translations have', () => {
    expect(STAFF_SECTIONS.filter((section) => !(section in da))).toEqual([]);
  });

  it('are used by no page of the first load', () => {
    const uses = [...firstLoadFiles()].flatMap((file) =>
      STAFF_SECTIONS.filter((section) => new RegExp(`['"\`]${section}\\.`).test(readFileSync(file, 'utf8'))).map(
        (section) => `${file.slice(SRC.length + 1)} uses ${section}`,
      ),
    );
    expect(uses).toEqual([]);
  });

  it('are looked for in the pages of the first load, not in the lazily loaded ones', () => {
    expect([...firstLoadFiles()].map((file) => file.slice(SRC.length + 1))).toEqual(
      expect.arrayContaining(['main.tsx', 'App.tsx', 'mentor/MentorHomePage.tsx', 'young-person/YoungPersonPage.tsx']),
    );
    expect([...firstLoadFiles()].some((file) => file.endsWith('programs/ProgramPage.tsx'))).toBe(false);
  });
});
