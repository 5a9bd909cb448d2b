import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { SESSION_COOKIE } from '../../apps/api/src/identity/session-cookie';
import { randomSecret, sha256Hex } from '../../libs/identity/secrets';
import { Session } from '../../libs/persistence/entities/identity.entities';
import { Latencies, LatencySummary } from '../measure/latencies';

/** The targets for the console in a browser: a page's content visible within a second, its first load's JS under 300 KB. */
export const RENDER_TARGET_MS = 1000;
export const FIRST_LOAD_JS_TARGET_KB = 300;

export interface RenderFigures {
  loads: number;
  targetMs: number;
  /** From asking for the address to the page's content drawn (its heading and its data, nothing left loading), a fresh browser each. */
  today: LatencySummary;
  coursePage: LatencySummary;
  /** The scripts index.html names, its entry and the chunks it preloads, gzipped (as apps/console/first-load-size.mjs counts them). */
  firstLoadJsKiB: number;
  firstLoadJsTargetKb: number;
}

/**
 * Evaluated in the page: its heading and its data are drawn (a Today row or the all-clear, a course's timeline) and nothing says it is
 * still loading; or the page shows a refusal, which fails the run rather than timing an error.
 */
const CONTENT_VISIBLE = `(() => {
  if (document.querySelector('main .alert-error')) return 'refused: ' + document.querySelector('main .alert-error').innerText;
  const drawn = document.querySelector('main h1') && document.querySelector('main .today-item, main .alert-success, main .timeline');
  return !!drawn && !/Henter …|Loading …/.test(document.body.innerText);
})()`;

/**
 * Opens the Today page and course pages in Debian's Chromium (playwright-core), signed in as the coordinator by a session cookie, each
 * load in a context of its own so every one fetches the console's scripts as a first visit does; after two untimed loads of each.
 */
export async function timeRendering(
  apiUrl: string,
  cookie: string,
  mentorshipIds: string[],
  loads: number,
  consoleDir: string,
): Promise<RenderFigures> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  });
  try {
    const time = (path: (index: number) => string) => timedLoads(browser, apiUrl, cookie, path, loads);
    return {
      loads,
      targetMs: RENDER_TARGET_MS,
      today: await time(() => '/'),
      coursePage: await time((index) => `/mentorships/${mentorshipIds[index % mentorshipIds.length]}`),
      firstLoadJsKiB: firstLoadJsKiB(consoleDir),
      firstLoadJsTargetKb: FIRST_LOAD_JS_TARGET_KB,
    };
  } finally {
    await browser.close();
  }
}

/**
 * A session of the coordinator's, as the mailed link's button starts one (libs/identity/sessions.ts), written straight into the
 * stack's database: the benchmark's mail relay drops the link. Answers the cookie's value.
 */
export async function coordinatorSession(database: DataSource, coordinatorId: string): Promise<string> {
  const cookieValue = randomSecret();
  const now = Date.now();
  const hour = 60 * 60 * 1000;
  await database.getRepository(Session).insert({
    id: sha256Hex(cookieValue),
    subjectId: coordinatorId,
    method: 'email',
    lastSeenAt: new Date(now),
    idleExpiresAt: new Date(now + hour),
    expiresAt: new Date(now + hour),
    userAgent: 'bench console',
  });
  return cookieValue;
}

async function timedLoads(browser: Browser, apiUrl: string, cookie: string, path: (index: number) => string, loads: number) {
  const latencies = new Latencies();
  for (let index = -2; index < loads; index += 1) {
    // Playwright evaluates its wait as a string, which the console's policy (no eval) would refuse: the timing needs it let through.
    const context = await browser.newContext({ locale: 'da-DK', viewport: { width: 1280, height: 900 }, bypassCSP: true });
    await context.addCookies([{ name: SESSION_COOKIE, value: cookie, url: apiUrl, httpOnly: true, sameSite: 'Lax' }]);
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(`${apiUrl}${path(Math.max(index, 0))}`, { waitUntil: 'commit' });
    const drawn = await (await page.waitForFunction(CONTENT_VISIBLE, undefined, { polling: 'raf', timeout: 30_000 })).jsonValue();
    const elapsed = performance.now() - started;
    if (drawn !== true) throw new Error(`${path(Math.max(index, 0))}: ${String(drawn)}`);
    if (index >= 0) latencies.record(elapsed);
    await context.close();
  }
  return latencies.summary();
}

function firstLoadJsKiB(consoleDir: string): number {
  const html = readFileSync(join(consoleDir, 'index.html'), 'utf8');
  // The entry (src) and what it imports (modulepreload hrefs): counting only the entry left out most of the first load.
  const scripts = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map(([, path]) => path);
  const bytes = scripts.reduce((sum, path) => sum + gzipSync(readFileSync(join(consoleDir, path)), { level: 9 }).length, 0);
  return Math.round((bytes / 1024) * 10) / 10;
}
