import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consoleStylesheets } from './console-stylesheets';

describe('consoleStylesheets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'console-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("names the built index.html's stylesheets in their order, not its other links", () => {
    writeFileSync(
      join(dir, 'index.html'),
      `<link rel="preload" href="/session" as="fetch" crossorigin />
<link rel="modulepreload" crossorigin href="/assets/page-title-1.js">
<link rel="stylesheet" crossorigin href="/assets/page-title-2.css">
<link rel="stylesheet" crossorigin href="/assets/index-3.css">`,
    );
    expect(consoleStylesheets(dir)).toEqual(['/assets/page-title-2.css', '/assets/index-3.css']);
  });

  it('names none without a build', () => {
    expect(consoleStylesheets(join(dir, 'not-built'))).toEqual([]);
  });
});
