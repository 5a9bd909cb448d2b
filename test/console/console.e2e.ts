import { randomUUID } from 'node:crypto';
import type { BrowserContext } from 'playwright-core';
import { AppConfig } from '../../libs/config/app-config';
import { CONSOLE_POLICY } from '../../apps/api/src/security/security-headers';
import { linkIn } from '../support/sign-in';
import { loseFirstAnswer, pageWidth, screenshot, seriousViolations, tabTo } from './console-browser';
import { consoleSuite } from './console-suite';
import { type ConsoleWorld, consoleWorld } from './console-world';

/**
 * The coordinators' console in a real browser (Debian's Chromium through playwright-core), served by the real API from `/`:
 * a coordinator signs in by the link in a real mail, opens a course and the escalations, in Danish, at a desktop's 1280 px and
 * a phone's 360 px; each page is checked by axe and saved as a screenshot in test-artifacts/console.
 */
describe("the coordinators' console in a browser", () => {
  const suite = consoleSuite();
  const { newPage, policyErrors } = suite;
  let world: ConsoleWorld;
  let desktop: BrowserContext;

  const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    world = await consoleWorld(suite.engine);
    desktop = await suite.browser.newContext({ locale: 'da-DK', viewport: { width: 1280, height: 900 } });
  });

  it('signs her in by the mailed link and brings her to the course she opened, in Danish, under its policy', async () => {
    const page = await newPage(desktop);
    const course = `/mentorships/${world.mentorshipId}`;
    await page.goto(`${suite.base}${course}`);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    // The API writes the sign-in pages, in the console's dkfds look: its stylesheets, loaded within the page's policy.
    // Evaluated in the page (the tests' TypeScript has no DOM types).
    const buttonFont = await page.evaluate(() => {
      const browser = globalThis as any;
      return browser.getComputedStyle(browser.document.querySelector('button')).fontFamily as string;
    });
    expect(buttonFont).toMatch(/IBM Plex Sans/);
    await screenshot(page, 'sign-in-1280');
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 780 });
    expect(await pageWidth(page)).toBe(360);
    await screenshot(page, 'sign-in-360');
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByLabel('E-mailadresse').fill(world.coordinator.email);
    const before = suite.sink.received.length;
    await page.getByRole('button', { name: 'Send mig et login-link' }).click();
    await page.getByText('er et login-link på vej').waitFor();
    await screenshot(page, 'sign-in-sent-1280');
    expect(await seriousViolations(page)).toEqual([]);
    const mail = await suite.sink.waitFor(
      (received) => suite.sink.received.indexOf(received) >= before && received.to.includes(world.coordinator.email),
    );
    // The link opens a page whose button signs her in (a mail scanner's GET uses nothing up); she lands where she was going.
    await page.goto(`${suite.base}${linkIn(mail)}`);
    const landed = page.waitForResponse(
      (response) => response.request().isNavigationRequest() && new URL(response.url()).pathname === course,
    );
    await page.getByRole('button', { name: 'Log ind' }).click();
    const landing = await landed;
    expect(new URL(page.url()).pathname).toBe(course);
    expect(landing?.headers()['content-security-policy']).toBe(CONSOLE_POLICY);
    expect(landing?.headers()['cache-control']).toBe('no-store');
    expect(landing?.headers()['vary']).toMatch(/Accept/);
    await page.getByRole('heading', { level: 1, name: 'Forløb for Aisha Nour' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('da');
    // The session cookie is HttpOnly: no script on the page can read it.
    expect(await page.evaluate(() => (globalThis as any).document.cookie)).not.toContain('mentorflow_session');
    await page.getByText('Aktivt', { exact: true }).first().waitFor();
    // The start's WHO-5 with its band under the course's policy.
    await page.getByRole('cell', { name: '52 god trivsel' }).waitFor();
    await screenshot(page, 'course-1280');
    expect(await seriousViolations(page)).toEqual([]);

    // The same address fetched as JSON (a program, the console itself) is the API's answer; the hashed assets are kept a year.
    const asJson = await page.request.get(`${suite.base}${course}`, { headers: { Accept: 'application/json' } });
    expect(asJson.headers()['content-type']).toMatch(/^application\/json/);
    expect((await asJson.json()).phase).toBe('active');
    expect(asJson.headers()['vary']).toMatch(/Accept/);
    const script = await page.getAttribute('script[type="module"]', 'src');
    expect((await page.request.get(`${suite.base}${script}`)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await page.request.get(`${suite.base}/assets/missing-0000.js`)).status()).toBe(404);
    await page.close();
  });

  it('logs a meeting, and shows a refused one with its reason', async () => {
    const page = await newPage(desktop);
    // From the list of her courses, as she would find it.
    await page.goto(`${suite.base}/mentorships`);
    // Each course with its phase and mentor, from the courses' rows; the filter keeps to one phase.
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Aisha Nour' }) });
    expect(await row.innerText()).toMatch(/Aktivt siden .*Maria Berg/s);
    await page.getByLabel('Fase').selectOption('matching');
    await page.getByText('Ingen forløb i denne fase.').waitFor();
    await page.getByLabel('Fase').selectOption('active');
    await screenshot(page, 'courses-1280');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Aisha Nour' }).click();
    await page.getByRole('heading', { level: 1, name: 'Forløb for Aisha Nour' }).waitFor();
    expect(await tabTo(page, 'Gå til sidens indhold')).toEqual({ reached: true, visible: true });
    expect(await tabTo(page, 'Log mødet')).toEqual({ reached: true, visible: true });
    // Closing the course is folded away until she opens it.
    expect(await page.getByRole('button', { name: 'Afslut forløbet' }).isVisible()).toBe(false);
    await page.getByText('Afslut forløbet', { exact: true }).first().click();
    expect(await page.getByRole('button', { name: 'Afslut forløbet' }).isVisible()).toBe(true);

    // The match started today: a meeting yesterday is refused by the course, and the page says why.
    await page.getByLabel('Dato').fill(yesterday());
    await page.getByRole('button', { name: 'Log mødet' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Handlingen blev afvist' });
    await refusal.waitFor();
    // In Danish, by the refusal's code, with the day as a Danish date.
    const day = new Intl.DateTimeFormat('da-DK', { dateStyle: 'medium', timeZone: 'Europe/Copenhagen' }).format(
      new Date(`${yesterday()}T12:00:00Z`),
    );
    expect(await refusal.innerText()).toContain(`Datoen ${day} ligger før matchet startede`);
    expect(await refusal.innerText()).toContain('Vælg en dato fra');
    await screenshot(page, 'course-refused-1280');

    // Without a date the input is invalid: the field says why, and the alert names the field by its label and takes her to it.
    await page.getByLabel('Dato').fill('');
    await page.getByRole('button', { name: 'Log mødet' }).click();
    const invalid = page.getByRole('alert').filter({ hasText: 'Oplysningerne kunne ikke bruges' });
    await invalid.getByRole('link', { name: 'Dato' }).click();
    expect(await invalid.innerText()).toContain('Dato: Skal være en gyldig dato.');
    expect(await page.locator('#meeting-date-error').innerText()).toContain('Skal være en gyldig dato.');
    expect(await page.evaluate(() => (globalThis as any).document.activeElement?.id)).toBe('meeting-date');
    await screenshot(page, 'course-invalid-1280');

    await page.getByLabel('Varighed').selectOption('90');
    await page.getByLabel('Hvor', { exact: true }).selectOption('walk');
    await page.getByLabel('Dato').fill(new Date().toISOString().slice(0, 10));
    // The first send reaches the API, which stores the meeting, but its answer is lost on the way back: the page says so in her
    // words, and the meeting sent again goes under the first send's id, so it is logged once.
    await loseFirstAnswer(page, '**/mentorships/*/meetings', { reachingTheApi: true });
    await page.getByRole('button', { name: 'Log mødet' }).click();
    const noAnswer = page.getByRole('alert').filter({ hasText: 'Mentorflow svarer ikke lige nu' });
    expect(await noAnswer.innerText()).toContain('Måske er din forbindelse afbrudt. Når den er tilbage, så send igen.');
    await screenshot(page, 'course-no-answer-1280');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Log mødet' }).click();
    await page.getByText('Mødet er logget.').waitFor();
    await page.getByText('1 møde, i alt 1 time og 30 minutter', { exact: false }).waitFor();
    await page.getByRole('cell', { name: 'En gåtur' }).waitFor();
    // The contact against the target counts it at once, from the meeting log, though the course's workflow reads it later.
    const firstPeriod = page.locator('.contact-chart tbody tr').first();
    expect(await firstPeriod.innerText()).toMatch(/^1\s+1 time og 30 minutter \(under målet\)$/);
    await screenshot(page, 'course-meeting-logged-1280');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('registers a check-in once though its answer was lost: sent again under its Idempotency-Key, it gets the first answer', async () => {
    const page = await newPage(desktop);
    await page.goto(`${suite.base}/mentorships/${world.mentorshipId}`);
    await page.getByRole('heading', { level: 1, name: 'Forløb for Aisha Nour' }).waitFor();
    const keys = await loseFirstAnswer(page, '**/mentorships/*/check-ins', { reachingTheApi: true });
    const send = page.getByRole('button', { name: 'Registrér opfølgningen' });
    await send.click();
    await page.getByRole('alert').filter({ hasText: 'Måske er din forbindelse afbrudt' }).waitFor();
    const answered = page.waitForResponse((response) => new URL(response.url()).pathname.endsWith('/check-ins'));
    await send.click();
    expect((await answered).headers()['idempotent-replayed']).toBe('true');
    await page.getByText('Opfølgningen er registreret.').waitFor();
    expect(keys).toEqual([expect.stringMatching(/^[0-9a-f-]{36}$/), keys[0]]);
    await page.getByText('Den unge: 1', { exact: true }).waitFor();
    await page.close();
  });

  it('lists the escalations and gives advice on one', async () => {
    // One more on the course, resolved, for the list of the resolved ones.
    const asCoordinator = suite.engine.auth('coordinator', world.coordinator.id);
    const resolvedId = randomUUID();
    const question = 'Hun kom ikke i skole i denne uge. Skal vi gøre noget?';
    const escalation = { id: resolvedId, reason: 'advice-request', category: 'mental-health', urgency: 'normal', question };
    await suite.http.post(`/mentorships/${world.mentorshipId}/escalations`).set(asCoordinator).send(escalation).expect(200);
    await suite.http.post(`/escalations/${resolvedId}/resolve`).set(asCoordinator).send({ outcome: 'closed-without-action' }).expect(200);
    const page = await newPage(desktop);
    const read: string[] = [];
    page.on('request', (request) => read.push(new URL(request.url()).pathname));
    await page.goto(`${suite.base}/escalations`);
    await page.getByRole('heading', { level: 1, name: 'Eskaleringer' }).waitFor();
    const row = page.getByRole('link', { name: 'Spørgsmål til panelet (mental sundhed)' });
    await row.waitFor();
    await page.getByRole('cell', { name: 'Aisha Nour' }).waitFor();
    // The name comes with the escalation: the page no longer reads every referral and young person of her programs for it.
    expect(read.filter((path) => path === '/referrals' || path === '/young-people')).toEqual([]);
    // Its filters narrow the list as she chooses: none urgent; the resolved one, with how it ended and when; back to the open.
    await page.getByLabel('Hast').selectOption('urgent');
    await page.getByText('Ingen eskaleringer her.').waitFor();
    await page.getByLabel('Hast').selectOption('');
    await row.waitFor();
    await page.getByLabel('Status').selectOption('resolved');
    await page.getByRole('row').filter({ hasText: 'Lukket uden handling' }).filter({ hasText: 'Aisha Nour' }).waitFor();
    await page.getByRole('columnheader', { name: 'Afsluttet' }).waitFor();
    expect(await page.getByRole('row').count()).toBe(2);
    await screenshot(page, 'escalations-resolved-1280');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Status').selectOption('open');
    await screenshot(page, 'escalations-1280');
    expect(await seriousViolations(page)).toEqual([]);
    await row.click();
    await page.getByRole('heading', { level: 1, name: 'Spørgsmål til panelet: mental sundhed' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/escalations/${world.escalationId}`);
    await page.getByRole('definition').filter({ hasText: 'Aisha Nour' }).waitFor();
    expect(await tabTo(page, 'Send rådet')).toEqual({ reached: true, visible: true });
    await page.getByLabel('Dit råd').fill(`Tal om søvnen først, ikke om skolen. (${randomUUID().slice(0, 4)})`);
    await page.getByRole('button', { name: 'Send rådet' }).click();
    await page.getByText('Rådet er sendt.').waitFor();
    await page.getByText('Tal om søvnen først').waitFor();
    await screenshot(page, 'escalation-advised-1280');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('fits a phone: 360 px wide with nothing to scroll sideways, the same checks', async () => {
    const phone = await suite.browser.newContext({
      locale: 'da-DK',
      viewport: { width: 360, height: 780 },
      storageState: await desktop.storageState(),
    });
    const page = await newPage(phone);
    for (const [path, heading, name] of [
      ['/mentorships', 'Forløb', 'courses-360'],
      [`/mentorships/${world.mentorshipId}`, 'Forløb for Aisha Nour', 'course-360'],
      ['/escalations', 'Eskaleringer', 'escalations-360'],
      [`/escalations/${world.escalationId}`, 'Spørgsmål til panelet: mental sundhed', 'escalation-360'],
    ]) {
      await page.goto(`${suite.base}${path}`);
      await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
      expect([path, await pageWidth(page)]).toEqual([path, 360]);
      await screenshot(page, name);
      expect(await seriousViolations(page)).toEqual([]);
    }
    // A send with no answer (the connection lost before the API saw it): the alert fits the phone too.
    await page.goto(`${suite.base}/mentorships/${world.mentorshipId}`);
    await loseFirstAnswer(page, '**/mentorships/*/meetings', { reachingTheApi: false });
    await page.getByRole('button', { name: 'Log mødet' }).click();
    await page.getByRole('alert').filter({ hasText: 'Måske er din forbindelse afbrudt' }).waitFor();
    expect(await pageWidth(page)).toBe(360);
    await screenshot(page, 'course-no-answer-360');
    expect(await seriousViolations(page)).toEqual([]);
    await phone.close();
  });

  it('switches to English and remembers it, with the lang attribute following', async () => {
    const page = await newPage(desktop);
    await page.goto(`${suite.base}/escalations`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Escalations' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Escalations' }).waitFor();
    await page.getByRole('button', { name: 'Dansk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Eskaleringer' }).waitFor();
    await page.close();
  });

  it("tells operators, and only them, where the Temporal Web UI is, for each page's link to its workflow", async () => {
    const http = suite.http;
    const { api, temporal } = suite.engine.api.get(AppConfig);
    const operator = await http.get('/session').set(suite.engine.auth('operator')).expect(200);
    expect(operator.body.temporalUi).toEqual({ url: api.codecCorsOrigin, namespace: temporal.namespace });
    const coordinator = await http.get('/session').set(suite.engine.auth('coordinator', world.coordinator.id)).expect(200);
    expect(coordinator.body).not.toHaveProperty('temporalUi');
    expect(coordinator.body.name).toBe('Kim Holm');
  });

  it('answered every page within its Content-Security-Policy', () => {
    expect(policyErrors).toEqual([]);
  });
});
