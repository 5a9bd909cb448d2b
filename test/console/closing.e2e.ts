import { randomUUID } from 'node:crypto';
import type { BrowserContext } from 'playwright-core';
import { FAST_START_POLICY } from '../../scripts/stack/fast-start-policy';
import { pageWidth, screenshot, seriousViolations, tabTo } from './console-browser';
import { consoleSuite } from './console-suite';
import { type ConsoleWorld, consoleWorld } from './console-world';

const DAY_MS = 86_400_000;
const danishDate = (date: Date) => new Intl.DateTimeFormat('da-DK', { dateStyle: 'medium', timeZone: 'Europe/Copenhagen' }).format(date);
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());

/**
 * Closing a course in a real browser, in Danish: the coordinator closes an active course early, holds the exit conversations with
 * the young person and the mentor, enters the closing status, and the page shows the closure and when the program will ask about
 * contact after it (PIFT's policy follows up after 3 months); a page left open from before is refused with its reason. Then the
 * page a nudge mail links to, opened from a real mail. At 1280 and 360 px, each view checked by axe and saved in
 * test-artifacts/console.
 */
describe("closing a course with its exit conversations, and a nudge mail's page, in a browser", () => {
  const suite = consoleSuite();
  let world: ConsoleWorld;
  let desktop: BrowserContext;

  beforeAll(async () => {
    world = await consoleWorld(suite.engine);
    desktop = await suite.browser.newContext({ locale: 'da-DK', viewport: { width: 1280, height: 900 } });
  });

  /** The same page on a phone, 360 px wide: nothing to scroll sideways, axe clean. */
  async function onPhone(path: string, name: string): Promise<void> {
    const phone = await suite.browser.newContext({
      locale: 'da-DK',
      viewport: { width: 360, height: 780 },
      storageState: await desktop.storageState(),
    });
    const page = await suite.newPage(phone);
    await page.goto(`${suite.base}${path}`);
    await page.getByRole('heading', { level: 1, name: 'Forløb for Aisha Nour' }).waitFor();
    await screenshot(page, name);
    expect(await pageWidth(page)).toBe(360);
    expect(await seriousViolations(page)).toEqual([]);
    await phone.close();
  }

  // The whole closing in one journey, with a second tab and two phone views: on a busy machine, longer than jest's minute.
  it('closes an active course early, records both exit conversations and the closing status, and shows the closure', async () => {
    const course = `/mentorships/${world.mentorshipId}`;
    const page = await suite.newPage(desktop);
    await suite.signIn(page, world.coordinator.email, course);
    await page.getByRole('heading', { level: 1, name: 'Forløb for Aisha Nour' }).waitFor();
    await page.getByText('Forløbet er ikke afsluttet.').waitFor();
    // A second tab on the same course, left open from before she closes it.
    const stale = await suite.newPage(desktop);
    await stale.goto(`${suite.base}${course}`);
    await stale.getByRole('button', { name: 'Log mødet' }).waitFor();

    // Closing is folded away: she opens it by keyboard, on purpose.
    expect(await tabTo(page, 'Afslut forløbet')).toEqual({ reached: true, visible: true });
    await page.keyboard.press('Enter');
    const close = page.getByRole('group', { name: 'Afslut forløbet' });
    await close.getByLabel('Afslutning').waitFor();
    // As planned, on the day it started, is refused with the policy's minimum in Danish; early, because she moved, is taken.
    await close.getByRole('button', { name: 'Afslut forløbet' }).click();
    await page.getByRole('alert').filter({ hasText: 'En planlagt afslutning kræver mindst 180 dages forløb' }).waitFor();
    await close.getByLabel('Afslutning').selectOption('early');
    await close.getByLabel('Årsag').selectOption('moved');
    await close.getByLabel('Resultat').selectOption('none');
    await close.getByRole('button', { name: 'Afslut forløbet' }).click();
    await page.getByText('Afsluttes', { exact: true }).first().waitFor();
    const closedOn = danishDate(new Date());
    await page.getByText(`Afslutningen begyndte den ${closedOn}: før tid, flyttet. Resultat: intet af det.`).waitFor();
    await page.getByText('Forløbet er afsluttet, når dette også er registreret:').waitFor();
    for (const waiting of ['afslutningssamtalen med den unge', 'afslutningssamtalen med mentoren', 'Uddannelse og job ved afslutningen']) {
      await page.getByRole('listitem').filter({ hasText: waiting }).first().waitFor();
    }
    // Only what closing takes: no meeting to log any more.
    expect(await page.getByRole('button', { name: 'Log mødet' }).count()).toBe(0);
    await screenshot(page, 'closing-1280');
    expect(await seriousViolations(page)).toEqual([]);

    // The tab left open still offers a meeting: the course refuses it, and the page says why in Danish.
    await stale.getByRole('button', { name: 'Log mødet' }).click();
    // The form's own alert, then (once the page has read the course again and the form is gone) the same above the commands.
    const refusal = stale.getByRole('alert').filter({ hasText: 'Handlingen blev afvist' }).first();
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('forløbet er i fasen »Afsluttes«');
    // ...and reads the course again: what closing takes is offered in place of what the page showed.
    await stale.getByText('Forløbet var gået videre, mens siden stod åben.', { exact: false }).waitFor();
    await stale.getByRole('button', { name: 'Registrér samtalen' }).waitFor();
    expect(await stale.getByRole('button', { name: 'Log mødet' }).count()).toBe(0);
    expect(await refusal.innerText()).toContain('forløbet er i fasen »Afsluttes«');
    await screenshot(stale, 'closing-stale-refused-1280');
    await stale.close();

    await onPhone(course, 'closing-360');

    // The exit conversations, one party at a time: the form then offers only the one left.
    const exit = page.getByRole('group', { name: 'Afslutningssamtale' });
    expect(await tabTo(page, 'Registrér samtalen')).toEqual({ reached: true, visible: true });
    await exit.getByLabel('Med hvem').selectOption('young-person');
    await exit.getByLabel('Blev den holdt?').selectOption('yes');
    await exit.getByRole('button', { name: 'Registrér samtalen' }).click();
    await page.getByText('Afslutningssamtale med den unge: holdt').waitFor();
    expect(await exit.getByLabel('Med hvem').locator('option').allInnerTexts()).toEqual(['Mentor']);
    // The mentor did not come: offered, not held.
    await exit.getByLabel('Blev den holdt?').selectOption('no');
    await exit.getByRole('button', { name: 'Registrér samtalen' }).click();
    await page.getByText('Afslutningssamtale med mentoren: tilbudt, ikke holdt').waitFor();

    // The closing questionnaires she answered on paper are entered through the API here; the status on the page.
    const { http } = suite;
    const coordinator = suite.engine.auth('coordinator', world.coordinator.id);
    for (const [instrument, answers] of [
      ['who5', [3, 3, 3, 3, 3]],
      ['self-efficacy', [3, 3, 3, 3, 3, 3, 3, 3, 3, 3]],
    ] as const) {
      await http
        .post(`${course}/measurements`)
        .set(coordinator)
        .send({ id: randomUUID(), instrument, duePoint: 'close', measuredOn: today(), answers })
        .expect(200);
    }
    await page.reload();
    const status = page.getByRole('group', { name: 'Uddannelse og job ved afslutningen' });
    // The reloaded page draws once the session and the course are in: tab through it then, as she would.
    await status.waitFor();
    expect(await tabTo(page, 'Gem status')).toEqual({ reached: true, visible: true });
    await status.getByLabel('Den unge er nu').selectOption('neither');
    await status.getByRole('button', { name: 'Gem status' }).click();

    // Closed: how and when, both conversations, and when the program asks whether they kept in touch (3 months of 30 days).
    await page.getByText('Afsluttet', { exact: true }).first().waitFor();
    await page.getByText(`Afsluttet før tid den ${closedOn}, flyttet. Resultat: intet af det.`).waitFor();
    await page.getByText('Afslutningssamtale med den unge: holdt').waitFor();
    const asksOn = danishDate(new Date(Date.now() + 90 * DAY_MS));
    await page.getByText(`Programmet spørger omkring ${asksOn}, om de har holdt kontakten.`).waitFor();
    // Nothing to answer before the program has asked: no continuation form, no command at all.
    await page.getByText('Forløbet venter ikke på noget fra dig i denne fase.').waitFor();
    expect(await page.getByRole('button', { name: 'Registrér svaret' }).count()).toBe(0);
    await screenshot(page, 'closed-1280');
    expect(await seriousViolations(page)).toEqual([]);
    await onPhone(course, 'closed-360');

    // What the API would refuse now, asked anyway: the program has not asked about continuation yet.
    const continuation = await http.post(`${course}/continuation`).set(coordinator).send({ keptInTouch: true }).expect(409);
    expect(continuation.body.code).toBe('continuation-not-asked');
    await page.close();
  }, 180_000);

  it("opens a nudge mail's link on its own page: what it is about, since when, where it is dealt with, and acknowledges it", async () => {
    // A program whose mentor applications are chased after 2 seconds (durations are data), with its own Danish coordinator.
    const { http, engine, sink } = suite;
    const admin = engine.admin();
    const slug = `nudge-page-${randomUUID().slice(0, 8)}`;
    const policy = { ...FAST_START_POLICY, screening: { ...FAST_START_POLICY.screening, stepStalledAfter: '2s' } };
    const { id: programId } = (await http.post('/programs').set(admin).send({ slug, name: 'Påmindelsestest', policy }).expect(201)).body;
    const email = `lis-${slug}@aarhus.example.dk`;
    const { id: coordinatorId } = (
      await http
        .post('/coordinators')
        .set(admin)
        .send({ contact: { name: 'Lis Krog', email, language: 'da' }, programIds: [programId] })
        .expect(201)
    ).body;
    const coordinator = engine.auth('coordinator', coordinatorId);
    const { id: mentorId } = (
      await http
        .post('/mentors')
        .set(coordinator)
        .send({ contact: { name: 'Jens Bo' }, programId, municipalityId: world.municipalityId })
        .expect(201)
    ).body;
    const before = sink.received.length;
    await http.post(`/mentors/${mentorId}/application`).set(coordinator).expect(200);
    const mail = await sink.waitFor(
      (received) => sink.received.indexOf(received) >= before && received.to.includes(email) && /\/nudges\//.test(received.text),
      20_000,
    );
    const link = new URL(/https?:\/\/\S+\/nudges\/[0-9a-f-]{36}/.exec(mail.text)![0]);
    const nudgeId = link.pathname.split('/').pop()!;

    // Her browser has no session: the link sends her to sign in, and back to the nudge.
    const context = await suite.browser.newContext({ locale: 'da-DK', viewport: { width: 1280, height: 900 } });
    const page = await suite.newPage(context);
    await suite.signIn(page, email, link.pathname);
    await page.getByRole('heading', { level: 1, name: 'Påmindelse' }).waitFor();
    await page.getByText('En mentoransøgning venter.').waitFor();
    await page.getByText(/^Sendt \d+\. \S+ \d{4},? \d{2}\.\d{2}\.$/).waitFor();
    await page.getByRole('link', { name: 'Gå til mentoren Jens Bo' }).waitFor();
    await screenshot(page, 'nudge-1280');
    expect(await seriousViolations(page)).toEqual([]);
    expect(await tabTo(page, 'Kvittér for påmindelsen')).toEqual({ reached: true, visible: true });
    await page.keyboard.press('Enter');
    await page.getByText(`Der er kvitteret for påmindelsen ${danishDate(new Date())}. Der er ikke mere at gøre her.`).waitFor();
    expect(await page.getByRole('button', { name: 'Kvittér for påmindelsen' }).count()).toBe(0);
    await screenshot(page, 'nudge-acknowledged-1280');
    expect(await seriousViolations(page)).toEqual([]);
    expect((await http.get(`/nudges/${nudgeId}`).set(coordinator).expect(200)).body).toMatchObject({
      status: 'acknowledged',
      closedBy: coordinatorId,
    });
    // Where it is dealt with: the mentor's page.
    await page.getByRole('link', { name: 'Gå til mentoren Jens Bo' }).click();
    await page.waitForURL((url) => url.pathname === `/mentors/${mentorId}`);
    await page.getByRole('heading', { level: 1, name: 'Jens Bo', exact: false }).waitFor();

    // On a phone: the settled nudge, nothing to scroll sideways.
    const phone = await suite.browser.newContext({
      locale: 'da-DK',
      viewport: { width: 360, height: 780 },
      storageState: await context.storageState(),
    });
    const onPhone = await suite.newPage(phone);
    await onPhone.goto(`${suite.base}${link.pathname}`);
    await onPhone.getByText('Der er kvitteret for påmindelsen', { exact: false }).waitFor();
    await screenshot(onPhone, 'nudge-360');
    expect(await pageWidth(onPhone)).toBe(360);
    expect(await seriousViolations(onPhone)).toEqual([]);
    await phone.close();
    await context.close();
  });

  it('answered every page within its Content-Security-Policy', () => {
    expect(suite.policyErrors).toEqual([]);
  });
});
