// Prints what a browser loads first from the built console (dist/console), gzipped: the scripts and styles a page (index.html, or
// the one named second, e.g. young-person.html) names; for index.html (where a mentor's and a panel member's pages are among them)
// also what opening each lazily loaded coordinators' page first adds (Vite's manifest).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist/console';
const page = process.argv[3] ?? 'index.html';
const html = readFileSync(join(dir, page), 'utf8');
const entryFiles = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(([, path]) => path);
const gzipped = (path) => gzipSync(readFileSync(join(dir, path)), { level: 9 }).length;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const sizes = (files) => {
  const of = (kind) => files.filter((file) => file.endsWith(`.${kind}`)).reduce((sum, file) => sum + gzipped(file), 0);
  return { js: of('js'), css: of('css') };
};

const entry = sizes(entryFiles);
for (const kind of ['js', 'css']) console.log(`${page} first load: ${kind} ${kib(entry[kind])} gzipped`);
console.log(`${page} first load: total ${kib(entry.js + entry.css)} gzipped`);

const manifestPath = join(dir, '.vite', 'manifest.json');
if (page === 'index.html' && existsSync(manifestPath)) {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const [entryKey, entryChunk] = Object.entries(manifest).find(([key, chunk]) => chunk.isEntry && key.endsWith('index.html'));
  // A lazy page's own files and those it imports, less what the first load already brought.
  const closure = (key, seen = new Set([entryKey])) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return [];
    seen.add(key);
    return [chunk.file, ...(chunk.css ?? []), ...(chunk.imports ?? []).flatMap((imported) => closure(imported, seen))];
  };
  for (const key of entryChunk.dynamicImports ?? []) {
    const added = sizes([...new Set(closure(key))].filter((file) => !entryFiles.includes(file)));
    const route = entry.js + entry.css + added.js + added.css;
    console.log(
      `${page} lazy page ${manifest[key].name}: adds js ${kib(added.js)} css ${kib(added.css)}, first load there ${kib(route)} gzipped`,
    );
  }
}
