import { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { digestScheduleId } from '../../apps/worker/src/engine-schedules.service';
import { FAST_START_POLICY } from '../../scripts/stack/fast-start-policy';
import { pageWidth, screenshot, seriousViolations, tabTo } from './console-browser';
import { consoleSuite } from './console-suite';

const NUDGE_LINK = /https?:\/\/\S+\/nudges\/([0-9a-f-]{36})/;
// The digest's own link: the list, not one nudge.
const LIST_LINK = /https?:\/\/\S+\/nudges(?![/\w-])/;

/**
 * The list of her open nudges, the daily digest's link, in a real browser, in Danish: nothing waiting at first; then two mentor
 * applications wait (their nudges raised by the engine after the program's 2 seconds), the digest's link opens them, the newest
 * first, each linking to its own page; one acknowledged there leaves the list. At 1280 and 360 px, each view checked by axe and
 * saved in test-artifacts/console.
 */
describe("the daily digest's list of her open nudges, in a browser", () => {
  const suite = consoleSuite();
  let desktop: BrowserContext;
  let programId: string;
  let municipalityId: string;
  let digestReader: { id: string; email: string };
  // A colleague who takes each nudge by mail as it comes: her mail says the nudge is there, with its id.
  let colleagueEmail: string;

  beforeAll(async () => {
    const { http, engine } = suite;
    const admin = engine.admin();
    const slug = `nudge-list-${randomUUID().slice(0, 8)}`;
    const policy = { ...FAST_START_POLICY, screening: { ...FAST_START_POLICY.screening, stepStalledAfter: '2s' } };
    ({ id: programId } = (await http.post('/programs').set(admin).send({ slug, name: 'Påmindelsesliste', policy }).expect(201)).body);
    ({ id: municipalityId } = (
      await http
        .post('/municipalities')
        .set(admin)
        .send({ name: `Odense ${slug}` })
        .expect(201)
    ).body);
    const coordinator = async (name: string, email: string, notificationMode: string) =>
      (
        await http
          .post('/coordinators')
          .set(admin)
          .send({ contact: { name, email, language: 'da' }, programIds: [programId], notificationMode })
          .expect(201)
      ).body.id as string;
    const email = `lis-${slug}@aarhus.example.dk`;
    digestReader = { id: await coordinator('Lis Krog', email, 'daily-digest'), email };
    colleagueEmail = `ole-${slug}@aarhus.example.dk`;
    await coordinator('Ole Dam', colleagueEmail, 'immediate');
    desktop = await suite.browser.newContext({ locale: 'da-DK', viewport: { width: 1280, height: 900 } });
  });

  /** A new mentor's application, which waits: answers the id of the nudge the engine raises about it, once it is mailed. */
  async function applicationWaiting(name: string): Promise<string> {
    const { http, engine, sink } = suite;
    const coordinator = engine.auth('coordinator', digestReader.id);
    const { id: mentorId } = (
      await http.post('/mentors').set(coordinator).send({ contact: { name }, programId, municipalityId }).expect(201)
    ).body;
    const before = sink.received.length;
    await http.post(`/mentors/${mentorId}/application`).set(coordinator).expect(200);
    const mail = await sink.waitFor(
      (received) => sink.received.indexOf(received) >= before && received.to.includes(colleagueEmail) && NUDGE_LINK.test(received.text),
      20_000,
    );
    return NUDGE_LINK.exec(mail.text)![1];
  }

  /** The links of the list's rows, top to bottom: the nudges' own pages. */
  const rowLinks = (page: Page) => page.getByRole('main').getByRole('listitem').getByRole('link');

  it('says nothing is waiting, then lists the nudges the digest names, the newest first, each linking to its own page', async () => {
    const { base, sink, engine } = suite;
    const page = await suite.newPage(desktop);
    // A browser's navigation to /nudges is the console's page: she signs in and lands on it.
    await suite.signIn(page, digestReader.email, '/nudges');
    await page.getByRole('heading', { level: 1, name: 'Påmindelser' }).waitFor();
    await page.getByText('Der venter ingen påmindelser på dig.').waitFor();
    await screenshot(page, 'nudges-empty-1280');
    expect(await seriousViolations(page)).toEqual([]);

    const older = await applicationWaiting('Jens Bo');
    const newer = await applicationWaiting('Ane Lund');
    const before = sink.received.length;
    await engine.api.get(Client).schedule.getHandle(digestScheduleId(process.env.TEMPORAL_TASK_QUEUE!)).trigger();
    const digest = await sink.waitFor(
      (received) => sink.received.indexOf(received) >= before && received.to.includes(digestReader.email),
      20_000,
    );
    expect(digest.subject).toBe('Dine åbne påmindelser (2)');
    const link = new URL(LIST_LINK.exec(digest.text)![0]);
    expect(link.origin).toBe(base);

    await page.goto(link.href);
    await page.getByText('2 påmindelser venter på dig.', { exact: false }).waitFor();
    expect(await rowLinks(page).allInnerTexts()).toEqual(['En mentoransøgning venter.', 'En mentoransøgning venter.']);
    expect(await rowLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      `/nudges/${newer}`,
      `/nudges/${older}`,
    ]);
    // Since when, in Danish: "Sendt 5. dec. 2026 08.12." within the hour.
    expect(await page.getByText(/^Sendt \d+\. \S+ \d{4},? \d{2}\.\d{2}\.$/).count()).toBe(2);
    await screenshot(page, 'nudges-1280');
    expect(await seriousViolations(page)).toEqual([]);

    // The newest, by keyboard: its own page, where she acknowledges it; back on the list, it is gone.
    expect(await tabTo(page, 'En mentoransøgning venter.')).toEqual({ reached: true, visible: true });
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `/nudges/${newer}`);
    await page.getByRole('link', { name: 'Gå til mentoren Ane Lund' }).waitFor();
    await page.getByRole('button', { name: 'Kvittér for påmindelsen' }).click();
    await page.getByText('Der er kvitteret for påmindelsen', { exact: false }).waitFor();
    await page.goBack();
    await page.getByText('1 påmindelse venter på dig.', { exact: false }).waitFor();
    expect(await rowLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([`/nudges/${older}`]);

    // On a phone: the one left, nothing to scroll sideways.
    const phone = await suite.browser.newContext({
      locale: 'da-DK',
      viewport: { width: 360, height: 780 },
      storageState: await desktop.storageState(),
    });
    const onPhone = await suite.newPage(phone);
    await onPhone.goto(link.href);
    await onPhone.getByText('1 påmindelse venter på dig.', { exact: false }).waitFor();
    await screenshot(onPhone, 'nudges-360');
    expect(await pageWidth(onPhone)).toBe(360);
    expect(await seriousViolations(onPhone)).toEqual([]);
    await phone.close();
    await page.close();
  }, 120_000);

  it('still answers JSON to a program at the same address', async () => {
    const { body } = await suite.http.get('/nudges').set(suite.engine.auth('coordinator', digestReader.id)).expect(200);
    expect(body).toEqual([expect.objectContaining({ kind: 'application-waiting', status: 'open' })]);
  });

  it('answered every page within its Content-Security-Policy', () => {
    expect(suite.policyErrors).toEqual([]);
  });
});
