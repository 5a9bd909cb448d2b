import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { AppConfig } from '../../libs/config/app-config';
import { MailedEngine, startEngineWithMail } from '../support/engine';
import { linkIn } from '../support/sign-in';
import type { SmtpSink } from '../support/smtp-sink';
import { freePort, launchChromium, requireBuiltConsole } from './console-browser';

const URLS = ['MENTORFLOW_PUBLIC_URL', 'MENTORFLOW_APP_URL'] as const;

/** What every browser test of the console stands on; each field is there once the suite's `beforeAll` has run. */
export interface ConsoleSuite {
  /** The test inbox every mail of the engine goes to. */
  readonly sink: SmtpSink;
  readonly engine: MailedEngine;
  /** The same API as the browser's, without a browser: for the worlds the journeys start from. */
  readonly http: ReturnType<typeof request>;
  readonly browser: Browser;
  /** The API's origin, serving the built console from `/`. */
  readonly base: string;
  /** What the browser said about the Content-Security-Policy in any page opened by `newPage`: a test expects none. */
  readonly policyErrors: string[];
  /** A page in `context` whose complaints about the Content-Security-Policy land in `policyErrors`. */
  newPage(context: BrowserContext): Promise<Page>;
  /**
   * Opens `path` on `page`, is sent to the sign-in page, asks for a link for `email` and follows the one in the mail, as she
   * would from her mail app; answers once she is back on `path` (or wherever the console takes her from `/`).
   */
  signIn(page: Page, email: string, path?: string): Promise<void>;
}

/**
 * Registers the `beforeAll` and `afterAll` of a browser test of the console: a mail sink, the engine with its API listening on a
 * port of its own (its public URL: writes signed in by cookie come from its own origin, and the mails' links point there), and
 * Chromium. A file's own `beforeAll` (its world, its browser contexts) runs after this one.
 */
export function consoleSuite(): ConsoleSuite {
  const state: { -readonly [K in 'engine' | 'http' | 'browser' | 'base']?: ConsoleSuite[K] } = {};
  const policyErrors: string[] = [];
  const urlsBefore: Record<string, string | undefined> = {};
  const ready = <K extends keyof typeof state>(key: K): NonNullable<(typeof state)[K]> => {
    const value = state[key];
    if (value === undefined) throw new Error(`the console suite's ${key} is there once its beforeAll has run`);
    return value as NonNullable<(typeof state)[K]>;
  };

  beforeAll(async () => {
    const port = await freePort();
    state.base = `http://127.0.0.1:${port}`;
    // The API's own address, and where the links in its mails point: the browser's origin.
    for (const name of URLS) {
      urlsBefore[name] = process.env[name];
      process.env[name] = state.base;
    }
    state.engine = await startEngineWithMail();
    requireBuiltConsole(state.engine.api.get(AppConfig).api.consoleDir);
    await state.engine.api.listen(port, '127.0.0.1');
    state.http = request(state.engine.api.getHttpServer());
    state.browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    for (const [name, value] of Object.entries(urlsBefore)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await state.browser?.close();
    await state.engine?.close();
  });

  const suite: ConsoleSuite = {
    get sink() {
      return ready('engine').sink;
    },
    get engine() {
      return ready('engine');
    },
    get http() {
      return ready('http');
    },
    get browser() {
      return ready('browser');
    },
    get base() {
      return ready('base');
    },
    policyErrors,
    async newPage(context) {
      const page = await context.newPage();
      page.on('console', (message) => {
        if (/Content.Security.Policy/i.test(message.text())) policyErrors.push(message.text());
      });
      return page;
    },
    async signIn(page, email, path = '/') {
      const { base, sink } = suite;
      await page.goto(`${base}${path}`);
      expect(new URL(page.url()).pathname).toBe('/sign-in');
      await page.getByLabel('E-mailadresse').fill(email);
      const before = sink.received.length;
      await page.getByRole('button', { name: 'Send mig et login-link' }).click();
      await page.getByText('er et login-link på vej').waitFor();
      const mail = await sink.waitFor((received) => sink.received.indexOf(received) >= before && received.to.includes(email), 20_000);
      // The link opens a page whose one button uses it up: a mail scanner's GET never signs anyone in.
      await page.goto(`${base}${linkIn(mail)}`);
      await page.getByRole('button', { name: 'Log ind' }).click();
      // Back where she was going: the page she opened, or from `/` the start page of her role.
      await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
      if (path !== '/') expect(new URL(page.url()).pathname).toBe(path);
    },
  };
  return suite;
}
