import type { BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { FAST_START_POLICY } from '../../scripts/stack/fast-start-policy';
import { dayIn } from '../../workflows/shared/calendar-day';
import { pageWidth, screenshot, seriousViolations, tabTo } from './console-browser';
import { consoleSuite } from './console-suite';
import { activeCourse, approvedMentor, consoleProgram } from './console-world';
import { type MentorWorld, mentorWorld } from './mentor-world';

const PHONE = { width: 390, height: 844 };
const DAY_MS = 86_400_000;
/** The day this many days on where a program is kept (the world's is Copenhagen's), the day the console dates what she logs by. */
const programDay = (offsetDays: number, timeZone = 'Europe/Copenhagen') => dayIn(new Date(Date.now() + offsetDays * DAY_MS), timeZone);
/** The UTC day this many days on: yesterday's is before a match made today, counted in UTC or in Copenhagen. */
const utcDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY_MS).toISOString().slice(0, 10);

/**
 * A mentor's and a panel member's own pages on a phone (390×844), in a real browser against the real API: each signs in by the
 * link in a real mail and lands on her own page; the mentor logs a meeting in three taps and asks the panel, the panel member
 * acknowledges and advises; what is not hers, or not possible, is refused in Danish with nothing written. Axe checks each page;
 * screenshots go to test-artifacts/console.
 */
describe("a mentor's and a panel member's pages on a phone", () => {
  const suite = consoleSuite();
  let world: MentorWorld;
  let mentorPhone: BrowserContext;
  const meetingsOf = async (mentorshipId: string) =>
    (await suite.http.get(`/mentorships/${mentorshipId}/meetings`).set(world.coordinatorAuth).expect(200)).body as Array<{
      minutes: number;
      placeKind: string;
      heldOn: string;
    }>;

  /** Signs her in by the mailed link from `/`, as she would from her phone's mail app: she lands on her own start page. */
  const signIn = (page: Page, email: string) => suite.signIn(page, email);

  async function checked(page: Page, name: string): Promise<void> {
    await screenshot(page, name);
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    expect(await seriousViolations(page)).toEqual([]);
  }

  beforeAll(async () => {
    world = await mentorWorld(suite.engine);
    mentorPhone = await suite.browser.newContext({ locale: 'da-DK', viewport: PHONE, hasTouch: true, isMobile: true });
    await mentorPhone.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.base });
  }, 180_000);

  it('signs a mentor in by the mailed link onto her young people, where a meeting is logged in three taps', async () => {
    const page = await mentorPhone.newPage();
    await signIn(page, world.mentor.email);
    await page.getByRole('heading', { level: 1, name: 'Mine unge' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/mentors/${world.mentor.id}/young-people`);
    await page.getByRole('heading', { level: 2, name: 'Aisha Nour' }).waitFor();
    // Only her own young person: the other mentor's is not on her list.
    expect(await page.getByText('Sofie Holm').count()).toBe(0);
    await page.getByText('Intet møde logget endnu.').waitFor();
    await checked(page, 'mentor-home-390');

    let taps = 0;
    const tap = async (name: string) => {
      await page.getByRole('button', { name, exact: true }).tap();
      taps += 1;
    };
    await tap('Log et møde med Aisha Nour');
    await checked(page, 'mentor-log-open-390');
    await tap('90 min.');
    await tap('Café');
    await page.getByText('Mødet er logget.').waitFor();
    expect(taps).toBe(3);
    await page.getByText(/Seneste møde: /).waitFor();
    expect(await meetingsOf(world.mentorshipId)).toEqual([
      expect.objectContaining({ minutes: 90, placeKind: 'cafe', heldOn: programDay(0) }),
    ]);
    await checked(page, 'mentor-meeting-logged-390');
    await page.close();
  });

  it('refuses a meeting in the future or before the match in Danish, and writes nothing', async () => {
    const page = await mentorPhone.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => void (request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname)));
    await page.goto(`${suite.base}/mentorships/${world.mentorshipId}`);
    await page.getByRole('heading', { level: 1, name: 'Aisha Nour' }).waitFor();
    // A course's address opens a coordinator's page for a coordinator (main.tsx fetches it first): a mentor's phone fetches none of it.
    expect(scripts.filter((path) => /\/assets\/(CoursePage|TodayPage|da)-[\w-]+\.js$/.test(path))).toEqual([]);
    expect(scripts.length).toBeGreaterThan(0);
    const before = (await meetingsOf(world.mentorshipId)).length;
    await page.getByRole('button', { name: 'Log et møde med Aisha Nour' }).tap();
    await page.getByLabel('Dato', { exact: true }).fill(programDay(1));
    await page.getByRole('button', { name: 'Café' }).tap();
    await page
      .getByText(/i fremtiden/)
      .first()
      .waitFor();
    await checked(page, 'mentor-meeting-future-390');
    // The match started today: yesterday is before it.
    await page.getByLabel('Dato', { exact: true }).fill(utcDay(-1));
    await page.getByRole('button', { name: 'En gåtur' }).tap();
    await page.getByText('ligger før matchet startede').waitFor();
    await checked(page, 'mentor-meeting-before-match-390');
    expect(await meetingsOf(world.mentorshipId)).toHaveLength(before);
    await page.close();
  });

  it('lets her raise a concern with the expert panel, and record a missed meeting', async () => {
    const page = await mentorPhone.newPage();
    await page.goto(`${suite.base}/mentors/${world.mentor.id}/young-people`);
    await page.getByRole('link', { name: 'Aisha Nour' }).tap();
    await page.getByRole('heading', { level: 1, name: 'Aisha Nour' }).waitFor();
    expect(await tabTo(page, 'Send til panelet')).toEqual({ reached: true, visible: true });
    await page.getByLabel('Dit spørgsmål eller din bekymring').fill('Hun virker meget trist og siger, hun ikke sover.');
    await page.getByRole('button', { name: 'Send til panelet' }).tap();
    await page.getByText('Det er sendt til panelet.').waitFor();
    await page.getByText('Hun virker meget trist').waitFor();
    await page.getByRole('button', { name: 'Registrér det aflyste møde' }).tap();
    await page.getByText('Det aflyste møde er registreret.', { exact: true }).waitFor();
    // A second in a row: the answer says how long the run since their last meeting is (the policy escalates at three).
    await page.getByRole('button', { name: 'Registrér det aflyste møde' }).tap();
    await page.getByText('Det aflyste møde er registreret. Det er 2 aflyste møder i træk.').waitFor();
    await checked(page, 'mentor-concern-raised-390');
    await page.close();
  });

  it("shows another mentor's young person as a clear refusal in Danish, and writes nothing there", async () => {
    const page = await mentorPhone.newPage();
    await page.goto(`${suite.base}/mentorships/${world.otherMentorshipId}`);
    const refusal = page.getByRole('alert');
    await refusal.getByText('Det har du ikke adgang til').waitFor();
    expect(await refusal.innerText()).toContain('Du har ikke adgang til');
    expect(await page.getByText('Sofie Holm').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Log et møde/ }).count()).toBe(0);
    await checked(page, 'mentor-not-hers-390');
    // Her session's own write to it is refused by the API as well.
    const csrf = (await (await page.request.get(`${suite.base}/session`, { headers: { Accept: 'application/json' } })).json()).csrfToken;
    const attempt = await page.request.post(`${suite.base}/mentorships/${world.otherMentorshipId}/meetings`, {
      headers: { Accept: 'application/json', 'X-CSRF-Token': csrf },
      data: { id: '3f1e2d4c-5b6a-4789-8abc-def012345678', heldOn: utcDay(0), minutes: 60, placeKind: 'cafe' },
    });
    expect(attempt.status()).toBe(403);
    expect(await meetingsOf(world.otherMentorshipId)).toEqual([]);
    await page.close();
  });

  it('shows her own path and makes, shows and revokes her private calendar feed', async () => {
    const page = await mentorPhone.newPage();
    await page.goto(`${suite.base}/mentors/${world.mentor.id}/young-people`);
    await page.getByRole('link', { name: 'Mig som mentor', exact: true }).tap();
    await page.getByRole('heading', { level: 1, name: 'Mig som mentor' }).waitFor();
    await page.getByText('Du er nu: aktiv mentor').waitFor();
    // Approved under a policy that asked for no screening and no course: nothing is outstanding.
    await page.getByText('Alt, hvad programmet kræver, er på plads.').waitFor();
    await page.getByRole('button', { name: 'Lav et kalenderlink' }).tap();
    const url = await page.getByLabel('Dit kalenderlink').inputValue();
    expect(url).toMatch(/\/calendar-feeds\/mentor\.ics\?token=/);
    await page.getByRole('button', { name: 'Kopiér linket' }).tap();
    await page.getByText('Linket er kopieret.').waitFor();
    expect(await page.evaluate(() => (globalThis as any).navigator.clipboard.readText())).toBe(url);
    const feed = await page.request.get(url);
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toMatch(/^BEGIN:VCALENDAR/);
    await checked(page, 'mentor-path-feed-390');
    await page.getByRole('button', { name: 'Slet linket' }).tap();
    await page.getByText('Linket er slettet og virker ikke længere.').waitFor();
    expect((await page.request.get(url)).status()).toBe(404);
    await page.close();
  });

  it('shows a mentor in screening what her program still requires of her, on a 390 and a 360 px phone', async () => {
    const phone = await suite.browser.newContext({ locale: 'da-DK', viewport: PHONE, hasTouch: true, isMobile: true });
    const page = await phone.newPage();
    await signIn(page, world.applicant.email);
    await page.getByText('Du har ingen aktive forløb lige nu.').waitFor();
    await page.getByRole('link', { name: 'Mig som mentor', exact: true }).tap();
    await page.getByRole('heading', { level: 1, name: 'Mig som mentor' }).waitFor();
    await page.getByText('Du er nu: i screening').waitFor();
    // What is left is said first, in one sentence; then each requirement in the order it is walked, the interview passed today.
    await page.getByText('Mangler endnu: Referencer, Straffeattest, Mentorkursus og Godkendelse som mentor.').waitFor();
    const rows = (await page.locator('ul.path-checklist > li').allInnerTexts()).map((row) => row.replace(/\s+/g, ' '));
    expect(rows).toEqual([
      expect.stringMatching(/^Samtale Godkendt \d{1,2}\. \S+ \d{4}$/),
      'Referencer Mangler',
      'Straffeattest Mangler',
      'Mentorkursus Mangler',
      'Godkendelse som mentor Mangler',
    ]);
    await checked(page, 'mentor-path-screening-390');

    const narrow = await suite.browser.newContext({
      locale: 'da-DK',
      viewport: { width: 360, height: 780 },
      storageState: await phone.storageState(),
    });
    const narrowPage = await narrow.newPage();
    await narrowPage.goto(`${suite.base}/mentors/${world.applicant.id}/path`);
    await narrowPage.getByText('Mangler endnu:').waitFor();
    await screenshot(narrowPage, 'mentor-path-screening-360');
    expect(await pageWidth(narrowPage)).toBe(360);
    expect(await seriousViolations(narrowPage)).toEqual([]);
    await narrow.close();
    await phone.close();
  });

  it('signs a panel member in onto the cases put to her, where she acknowledges and advises; the mentor reads the advice', async () => {
    const context = await suite.browser.newContext({ locale: 'da-DK', viewport: PHONE, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await signIn(page, world.panel.email);
    await page.getByRole('heading', { level: 1, name: 'Sager til mig' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/escalations');
    await checked(page, 'panel-home-390');
    await page.getByRole('link', { name: 'Bekymring: mental sundhed' }).tap();
    await page.getByRole('heading', { level: 1, name: 'Bekymring: mental sundhed' }).waitFor();
    await page.getByText('Hun virker meget trist').waitFor();
    // Only what the escalation needs: not the young person's name.
    expect(await page.getByText('Aisha Nour').count()).toBe(0);
    await page.getByRole('button', { name: 'Kvittér: jeg har den' }).tap();
    // Acknowledged, the escalation's phase says so (and the button is gone: there is nothing more to acknowledge).
    await page.getByText('Kvitteret', { exact: true }).waitFor();
    await page.getByLabel('Dit råd').fill('Spørg hende, hvad der hjælper hende til at falde til ro om aftenen.');
    await page.getByRole('button', { name: 'Send rådet' }).tap();
    await page.getByText('Rådet er sendt.').waitFor();
    await checked(page, 'panel-advised-390');
    await context.close();

    const mentorPage = await mentorPhone.newPage();
    await mentorPage.goto(`${suite.base}/mentorships/${world.mentorshipId}`);
    await mentorPage.getByText('Spørg hende, hvad der hjælper hende').waitFor();
    await checked(mentorPage, 'mentor-advice-390');
    await mentorPage.close();
  });

  it('offers the day of her program, kept far from Copenhagen, for a meeting, and logs it on that day', async () => {
    // Kiritimati (UTC+14) is on Copenhagen's next day from 11:00 there (12:00 in summer), Pago Pago (UTC-11) on its previous day
    // before 12:00 (13:00): at any hour one of them is, and a form offering Copenhagen's day would date her meeting wrong.
    const timeZone = programDay(0, 'Pacific/Kiritimati') !== programDay(0) ? 'Pacific/Kiritimati' : 'Pacific/Pago_Pago';
    const program = await consoleProgram(suite.engine, 'zone', 'Tidszonetest');
    await request(suite.engine.api.getHttpServer())
      .put(`/programs/${program.programId}/policy`)
      .set(suite.engine.admin())
      .send({ policy: { ...FAST_START_POLICY, notifications: { ...FAST_START_POLICY.notifications, timeZone } } })
      .expect(200);
    const email = `ida-${program.slug}@example.dk`;
    const mentorId = await approvedMentor(suite.engine, program, { name: 'Ida Lund', email, language: 'da' });
    const mentorshipId = await activeCourse(suite.engine, program, mentorId, 'Noor Ali');
    const phone = await suite.browser.newContext({ locale: 'da-DK', viewport: PHONE, hasTouch: true, isMobile: true });
    try {
      const page = await phone.newPage();
      await signIn(page, email);
      await page.getByRole('heading', { level: 2, name: 'Noor Ali' }).waitFor();
      await page.getByRole('button', { name: 'Log et møde med Noor Ali' }).tap();
      const theirDay = programDay(0, timeZone);
      expect(await page.getByLabel('Dato', { exact: true }).inputValue()).toBe(theirDay);
      expect(await page.getByLabel('Dato', { exact: true }).getAttribute('max')).toBe(theirDay);
      await page.getByRole('button', { name: '60 min.', exact: true }).tap();
      await page.getByRole('button', { name: 'Café', exact: true }).tap();
      await page.getByText('Mødet er logget.').waitFor();
      const meetings = await request(suite.engine.api.getHttpServer())
        .get(`/mentorships/${mentorshipId}/meetings`)
        .set(program.coordinatorAuth)
        .expect(200);
      expect(meetings.body).toEqual([expect.objectContaining({ minutes: 60, heldOn: theirDay })]);
      await checked(page, 'mentor-meeting-program-zone-390');
      // In English the form offers the same day.
      await page.getByRole('button', { name: 'English' }).tap();
      await page.getByRole('heading', { level: 1, name: 'My young people' }).waitFor();
      await page.getByRole('button', { name: 'Log a meeting with Noor Ali' }).tap();
      expect(await page.getByLabel('Date', { exact: true }).inputValue()).toBe(theirDay);
      await checked(page, 'mentor-log-program-zone-390-english');
    } finally {
      await phone.close();
    }
  }, 120_000);

  it('fits a 360 px phone too', async () => {
    const narrow = await suite.browser.newContext({
      locale: 'da-DK',
      viewport: { width: 360, height: 780 },
      storageState: await mentorPhone.storageState(),
    });
    const page = await narrow.newPage();
    await page.goto(`${suite.base}/mentors/${world.mentor.id}/young-people`);
    await page.getByRole('heading', { level: 1, name: 'Mine unge' }).waitFor();
    await page.getByRole('button', { name: 'Log et møde med Aisha Nour' }).click();
    await screenshot(page, 'mentor-log-open-360');
    expect(await pageWidth(page)).toBe(360);
    expect(await seriousViolations(page)).toEqual([]);
    await narrow.close();
  });
});
