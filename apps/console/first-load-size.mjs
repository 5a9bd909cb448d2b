// What a browser loads first from the built console (dist/console), gzipped, route by route, against the budgets of issue 29: a
// mentor's, a panel member's, a referrer's and a young person's pages are opened on a phone (at most 150 kB, scripts and styles
// together); a coordinator's first load of any of her pages at most 300 kB. Exits non-zero when a route is over its budget, so
// `./mentorflow test` fails. A route's first load is what its page's HTML names, plus, when its page is a lazily loaded chunk of
// its own (Vite's manifest says which), that chunk and the chunks it imports.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const PHONE_BUDGET = 150_000;
const STAFF_BUDGET = 300_000;
// The phone routes and the source of the page each shows (App.tsx; young-person.html is an entry of its own).
const PHONE_ROUTES = [
  ['/mentors/:id/young-people', 'index.html', 'src/mentor/MentorHomePage.tsx'],
  ['/mentors/:id/path', 'index.html', 'src/mentor/MentorPathPage.tsx'],
  ['/mentorships/:id (a mentor)', 'index.html', 'src/mentor/MentorCoursePage.tsx'],
  ['/escalations (a panel member)', 'index.html', 'src/panel/PanelEscalationsPage.tsx'],
  ['/escalations/:id (a panel member)', 'index.html', 'src/panel/PanelEscalationPage.tsx'],
  ['/my-referrals', 'index.html', 'src/referrals/MyReferralsPage.tsx'],
  ['/young-person.html', 'young-person.html', 'src/young-person/YoungPersonPage.tsx'],
];
// The texts i18n.ts fetches: the coordinators' Danish ones with any coordinators' page; English only once she has chosen it. A
// first visit is in Danish (the choice is remembered by the browser, which by then holds the page's files), so English is
// printed, not counted.
const STAFF_TEXTS = 'src/i18n/da.json?staff';
const ENGLISH = { phone: 'src/i18n/en.json?phone', staff: 'src/i18n/en.json?staff' };

const dir = process.argv[2] ?? 'dist/console';
// A renamed or moved page would otherwise be counted as part of its entry without a word.
const missing = PHONE_ROUTES.filter(([, , source]) => !existsSync(new URL(source, import.meta.url)));
if (missing.length > 0) throw new Error(`first-load-size.mjs names pages that are not there: ${missing.map(([, , s]) => s).join(', ')}`);
const manifest = JSON.parse(readFileSync(join(dir, '.vite', 'manifest.json'), 'utf8'));
const gzipped = (file) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`.padStart(8);

/** The scripts and styles a page's HTML names: its entry, the chunks it preloads, its stylesheets. */
const named = (page) =>
  [...readFileSync(join(dir, page), 'utf8').matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(([, file]) => file);

/** A chunk's own files and those of the chunks it imports statically. */
const closure = (key, seen = new Set()) => {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return [];
  seen.add(key);
  return [chunk.file, ...(chunk.css ?? []), ...(chunk.imports ?? []).flatMap((imported) => closure(imported, seen))];
};

/** What opening `source`'s page first loads through `page`: the page's files, its lazy chunk's when it has one, and `texts`. */
function firstLoad(page, source, texts = []) {
  const files = new Set([
    ...named(page),
    ...(manifest[source]?.isDynamicEntry ? closure(source) : []),
    ...texts.flatMap((key) => closure(key)),
  ]);
  const of = (kind) => [...files].filter((file) => file.endsWith(`.${kind}`)).reduce((sum, file) => sum + gzipped(file), 0);
  return { js: of('js'), css: of('css') };
}

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry && key.endsWith('index.html'));
const staffPages = (manifest[entryKey].dynamicImports ?? []).filter((key) => key.endsWith('.tsx'));
const routes = [
  ...PHONE_ROUTES.map(([route, page, source]) => ({ kind: 'phone', route, page, source, texts: [], budget: PHONE_BUDGET })),
  ...staffPages.map((source) => ({
    kind: 'staff',
    route: manifest[source].name,
    page: 'index.html',
    source,
    texts: [STAFF_TEXTS],
    budget: STAFF_BUDGET,
  })),
];

console.log(`first load, gzipped (js + css); budgets: phone pages ${kB(PHONE_BUDGET).trim()}, coordinators' ${kB(STAFF_BUDGET).trim()}`);
const over = [];
for (const { kind, route, page, source, texts, budget } of routes) {
  const { js, css } = firstLoad(page, source, texts);
  const verdict = js + css <= budget ? 'ok' : `OVER ${kB(budget).trim()}`;
  if (js + css > budget) over.push(route);
  console.log(`${kind} ${route.padEnd(36)} js ${kB(js)} css ${kB(css)} total ${kB(js + css)}  ${verdict}`);
}
const english = (part) => kB(gzipped(manifest[ENGLISH[part]].file)).trim();
console.log(`in English a phone page's first load adds ${english('phone')}, a coordinators' page's ${english('staff')} more (en.json)`);
if (over.length > 0) {
  console.log(`over budget: ${over.join(', ')}`);
  process.exitCode = 1;
}
