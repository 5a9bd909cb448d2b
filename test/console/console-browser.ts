import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Screenshots of the journeys, for a person to look at (git-ignored). */
export const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts', 'console');

/** The Chromium the test command found (CHROME_PATH), or one on PATH: npm cannot download a browser here. */
function chromiumPath(): string {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim();
    } catch {
      // not this one
    }
  }
  throw new Error('no Chromium: `./mentorflow test` installs one on Debian/Ubuntu, or set CHROME_PATH');
}

export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  // Root (CI, this machine) cannot use Chromium's user-namespace sandbox.
  // A Danish browser: its own controls (a date field's format) in Danish too. Linux Chromium takes its locale from LANG, not
  // --lang, and needs its Danish locale file (Debian's chromium-l10n, which the test command installs); without it, en-US.
  const args = ['--lang=da-DK', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), ...extraArgs];
  const env = { ...process.env, LANG: 'da_DK.UTF-8', LANGUAGE: 'da' };
  return chromium.launch({ executablePath: chromiumPath(), args, env });
}

export function requireBuiltConsole(consoleDir: string): void {
  if (!existsSync(join(consoleDir, 'index.html'))) {
    throw new Error(
      `the console is not built in ${consoleDir}: \`./mentorflow test\` builds it (npx vite build -c apps/console/vite.config.ts)`,
    );
  }
}

/** Axe's serious and critical findings on the page as it stands, one line each: WCAG 2.1 AA is the law for Danish public sites. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

/** The page once its data is in (nothing left loading), as a person would see it. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await page.waitForLoadState('networkidle');
  // Evaluated in the page (a string: the tests' TypeScript has no DOM types).
  await page.waitForFunction('!/Henter …|Loading …/.test(document.body.innerText)');
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** How wide the page's content is, in CSS pixels: wider than the viewport means she has to scroll sideways. */
export async function pageWidth(page: Page): Promise<number> {
  // Evaluated in the page (the tests' TypeScript has no DOM types).
  return page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth);
}

/**
 * Tabs from the top of the page until the element with this accessible text has the focus, as a keyboard user would reach it;
 * answers whether the focus is visible there (an outline or a box shadow drawn around it).
 */
export async function tabTo(page: Page, text: string, maxTabs = 60): Promise<{ reached: boolean; visible: boolean }> {
  // Run in the page, where the DOM is (the tests' own TypeScript has no DOM types).
  await page.evaluate(() => (globalThis as any).document.activeElement?.blur());
  await page.locator('body').focus();
  for (let tab = 0; tab < maxTabs; tab += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = (globalThis as any).document.activeElement;
      if (!element) return undefined;
      const style = (globalThis as any).getComputedStyle(element);
      const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      return { text: String(element.innerText ?? '').trim(), visible: outlined || style.boxShadow !== 'none' };
    });
    if (focused?.text === text) return { reached: true, visible: focused.visible };
  }
  return { reached: false, visible: false };
}

/** A loopback port nobody listens on, so the API's public URL can name it before the API starts. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Loses the answer to the page's first POST to `url` (its reads pass): after the API took it (`reachingTheApi`), as when the
 * connection drops on the way back, or before. Answers the Idempotency-Key of each POST sent there, in order, as they come.
 */
export async function loseFirstAnswer(page: Page, url: string, { reachingTheApi }: { reachingTheApi: boolean }): Promise<string[]> {
  const keys: string[] = [];
  await page.route(url, async (route) => {
    if (route.request().method() !== 'POST') return route.fallback();
    keys.push(route.request().headers()['idempotency-key']);
    if (keys.length > 1) return route.fallback();
    if (reachingTheApi) expect((await route.fetch()).ok()).toBe(true);
    await route.abort(reachingTheApi ? 'connectionreset' : 'internetdisconnected');
  });
  return keys;
}
