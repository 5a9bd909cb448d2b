// Prints what a browser loads first from the built console (dist/console): the scripts and styles a page (index.html, or the one
// named second, e.g. young-person.html) names, gzipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist/console';
const page = process.argv[3] ?? 'index.html';
const html = readFileSync(join(dir, page), 'utf8');
const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(js|css))"/g)].map(([, path, kind]) => ({ path, kind }));
const gzipped = (path) => gzipSync(readFileSync(join(dir, path)), { level: 9 }).length;
for (const kind of ['js', 'css']) {
  const size = files.filter((file) => file.kind === kind).reduce((sum, file) => sum + gzipped(file.path), 0);
  console.log(`${page} first load: ${kind} ${(size / 1024).toFixed(1)} KiB gzipped`);
}
