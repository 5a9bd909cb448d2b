import type { BrowserContext, Page } from 'playwright-core';
import { loseFirstAnswer, pageWidth, screenshot, seriousViolations, tabTo } from './console-browser';
import { consoleSuite } from './console-suite';
import { type ConsoleWorld, consoleWorld } from './console-world';

/**
 * The coordinator's start page in a real browser: she signs in by the mailed link and lands on "I dag", with an open question to the
 * panel and a referral waiting for consent (made through the API, as test/today.e2e.ts makes them), follows a row to its page, and
 * opens her mentors and a mentor's page; at 1280 and 360 px, each checked by axe and saved in test-artifacts/console.
 */
describe("the coordinator's Today page and her mentors in a browser", () => {
  const suite = consoleSuite();
  let world: ConsoleWorld;
  let desktop: BrowserContext;

  beforeAll(async () => {
    world = await consoleWorld(suite.engine);
    // A second young person, referred and not yet consenting: a referral waiting on her Today.
    const { http } = suite;
    const coordinator = suite.engine.auth('coordinator', world.coordinator.id);
    const { body: youngPerson } = await http
      .post('/young-people')
      .set(coordinator)
      .send({ contact: { name: 'Jonas Friis' }, birthDate: '2005-02-11', gender: 'male', municipalityId: world.municipalityId })
      .expect(201);
    await http
      .post('/referrals')
      .set(coordinator)
      .send({ programId: world.programId, referrerId: world.referrerId, youngPersonId: youngPerson.id })
      .expect(201);
    desktop = await suite.browser.newContext({ locale: 'da-DK', viewport: { width: 1280, height: 900 } });
  });

  const signIn = (page: Page) => suite.signIn(page, world.coordinator.email);

  it('starts her day on Today: counts on top, each row saying why, urgent first, linked to where it is dealt with', async () => {
    const page = await desktop.newPage();
    await signIn(page);
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByRole('heading', { level: 1, name: 'I dag' }).waitFor();
    const counts = page.getByRole('list', { name: 'Det venter på dig' });
    await counts.getByRole('link', { name: /1\s*Eskaleringer/ }).waitFor();
    await counts.getByRole('link', { name: /1\s*Henvisninger der venter/ }).waitFor();
    await page.getByText('Spørgsmål til panelet (mental sundhed). Hos panelet.').waitFor();
    await page.getByText('Venter på den unges samtykke.').waitFor();
    await screenshot(page, 'today-1280');
    expect(await seriousViolations(page)).toEqual([]);
    expect(await tabTo(page, 'Jonas')).toEqual({ reached: true, visible: true });

    await page
      .getByRole('region', { name: /Henvisninger der venter/ })
      .getByRole('link', { name: 'Jonas', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Forløb for Jonas Friis' }).waitFor();
    await page.goBack();
    await page
      .getByRole('region', { name: /Eskaleringer/ })
      .getByRole('link', { name: 'Aisha' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Spørgsmål til panelet: mental sundhed' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/escalations/${world.escalationId}`);
    await page.close();
  });

  it('lists her mentors with phase and capacity, and opens a mentor page with the path and the commands valid now', async () => {
    const page = await desktop.newPage();
    const sessionAsks: string[] = [];
    page.on('request', (request) => void (new URL(request.url()).pathname === '/session' && sessionAsks.push(request.url())));
    await page.goto(`${suite.base}/`);
    await page.getByRole('navigation').getByRole('link', { name: 'Mentorer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mentorer' }).waitFor();
    // Asked once, by index.html's preload: main.tsx reads that answer before the first render and useSession finds it cached.
    expect(sessionAsks).toHaveLength(1);
    // Her one course holds one of her slots.
    await page.getByRole('cell', { name: /^1 af \d+$/ }).waitFor();
    await screenshot(page, 'mentors-1280');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Maria Berg' }).click();
    await page.getByRole('heading', { level: 1, name: 'Maria Berg' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/mentors/${world.mentorId}`);
    const timeline = page.locator('ol.timeline');
    await timeline.getByText(/^Ansøgte /).waitFor();
    await timeline.getByText(/^Godkendt /).waitFor();
    // What her program requires before approval: under the fast-start policy no screening step and no course, and she is approved.
    await page.getByText('Alt, hvad programmet kræver, er på plads.').waitFor();
    await page
      .locator('ul.path-checklist')
      .getByText(/^Godkendt /)
      .waitFor();
    await page.getByText(/Nu: Aktiv mentor siden/).waitFor();
    // An active mentor may be paused or retired, not approved again.
    await page.getByRole('button', { name: 'Sæt på pause' }).waitFor();
    expect(await page.getByRole('button', { name: 'Godkend' }).count()).toBe(0);
    // She carries a course: retiring her is refused, with the engine's reason in Danish.
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    await page.getByRole('alert').getByText('Mentoren har stadig 1 forløb.', { exact: false }).waitFor();
    await screenshot(page, 'mentor-1280');
    expect(await seriousViolations(page)).toEqual([]);

    // Paused, though the first send's answer was lost: sent again under its Idempotency-Key, she gets the path's first answer, not
    // a refusal of her own change. Resumed after, as she was.
    const keys = await loseFirstAnswer(page, '**/mentors/*/path/pause', { reachingTheApi: true });
    await page.getByRole('button', { name: 'Sæt på pause' }).click();
    await page.getByRole('alert').filter({ hasText: 'Måske er din forbindelse afbrudt' }).waitFor();
    const answered = page.waitForResponse((response) => new URL(response.url()).pathname.endsWith('/path/pause'));
    await page.getByRole('button', { name: 'Sæt på pause' }).click();
    expect((await answered).headers()['idempotent-replayed']).toBe('true');
    expect(keys).toEqual([expect.stringMatching(/^[0-9a-f-]{36}$/), keys[0]]);
    await page.getByText(/Nu: På pause siden/).waitFor();
    expect(await timeline.getByText(/^Sat på pause /).count()).toBe(1);
    await page.getByRole('button', { name: 'Genoptag' }).click();
    await page.getByText(/Nu: Aktiv mentor siden/).waitFor();
    await page.close();
  });

  it('fits a phone: 360 px wide with nothing to scroll sideways, the same checks', async () => {
    const phone = await suite.browser.newContext({
      locale: 'da-DK',
      viewport: { width: 360, height: 780 },
      storageState: await desktop.storageState(),
    });
    const page = await phone.newPage();
    for (const [path, heading, name] of [
      ['/', 'I dag', 'today-360'],
      ['/mentors', 'Mentorer', 'mentors-360'],
      [`/mentors/${world.mentorId}`, 'Maria Berg', 'mentor-360'],
    ]) {
      await page.goto(`${suite.base}${path}`);
      await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
      expect([path, await pageWidth(page)]).toEqual([path, 360]);
      await screenshot(page, name);
      expect(await seriousViolations(page)).toEqual([]);
    }
    await phone.close();
  });
});
