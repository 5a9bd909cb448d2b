import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMITTED_DOCUMENT, COMMITTED_SCHEMA, currentOpenApiDocument, schemaTypesOf } from './openapi-document';

// The console's client is typed from the committed document: a route that changes must change it too, so the console's type check
// meets the change before a coordinator does. Regenerate with `npx ts-node --transpile-only scripts/openapi-document.ts`.
/** The first line that differs, instead of jest's diff of two 400 kB texts. */
function expectSame(committed: string, now: string, file: string): void {
  const a = committed.split('\n');
  const b = now.split('\n');
  const line = a.findIndex((text, index) => text !== b[index]);
  const at = line === -1 && a.length !== b.length ? Math.min(a.length, b.length) : line;
  if (at !== -1) {
    throw new Error(
      `${file} is out of date at line ${at + 1}: committed ${JSON.stringify(a[at])}, now ${JSON.stringify(b[at])}; regenerate it`,
    );
  }
}

describe("the console's copy of the OpenAPI document", () => {
  let current: string;
  beforeAll(async () => {
    current = await currentOpenApiDocument();
  }, 60_000);

  it('is the document the API produces now', () => {
    expectSame(readFileSync(COMMITTED_DOCUMENT, 'utf8'), current, COMMITTED_DOCUMENT);
  });

  it('has its TypeScript types generated from that document', () => {
    const dir = mkdtempSync(join(tmpdir(), 'openapi-'));
    try {
      writeFileSync(join(dir, 'openapi.json'), current);
      expectSame(readFileSync(COMMITTED_SCHEMA, 'utf8'), schemaTypesOf(join(dir, 'openapi.json')), COMMITTED_SCHEMA);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
