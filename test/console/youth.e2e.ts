import { randomUUID } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { QUESTIONNAIRE_ITEMS } from '../../libs/domain/instrument-items';
import { Measurement, YoungPersonConsent, YoungPersonLink } from '../../libs/persistence/entities';
import { screenshot, seriousViolations } from './console-browser';
import { consoleSuite } from './console-suite';
import { type YouthWorld, youthWorld } from './youth-world';

/** The engine's answer arrives by its own workflow tasks; asks until it is there. */
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The young person's own page and the referrer's, on a phone (390×844) in a real browser against the real stack: she opens the
 * link from the mail in the test inbox, consents, answers a WHO-5 low enough for the engine to escalate; a dead link (used,
 * expired, tampered with) shows the Danish refusal and writes nothing. Each page is checked by axe and kept as a screenshot.
 */
describe("the young person's and the referrer's pages on a phone", () => {
  const suite = consoleSuite();
  let phone: BrowserContext;
  let world: YouthWorld;

  /** The path and query of the n-th (0-based) young person's link mailed to her, as she would tap it. */
  const linkTo = async (email: string, index: number): Promise<string> => {
    const links = () =>
      suite.sink.received
        .filter((mail) => mail.to.includes(email))
        .flatMap((mail) => /https?:\/\/\S+\/young-person\?token=[A-Za-z0-9_-]{43}/.exec(mail.text)?.[0] ?? []);
    await suite.sink.waitFor(() => links().length > index, 30_000);
    const url = new URL(links()[index]);
    return url.pathname + url.search;
  };
  const tokenOf = (link: string) => new URLSearchParams(link.split('?')[1]).get('token')!;
  const counts = async (mentorshipId: string) => ({
    measurements: await suite.engine.dataSource.getRepository(Measurement).countBy({ mentorshipId }),
    consents: await suite.engine.dataSource.getRepository(YoungPersonConsent).countBy({ mentorshipId }),
  });

  async function open(link: string): Promise<Page> {
    const page = await suite.newPage(phone);
    const requests: string[] = [];
    page.on('request', (sent) => requests.push(sent.url()));
    const landing = await page.goto(`${suite.base}${link}`);
    expect(landing?.headers()['referrer-policy']).toBe('no-referrer');
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The token leaves the address bar at once; the page loaded none of the coordinators' code.
    expect(page.url()).toBe(`${suite.base}/young-person`);
    expect(requests.filter((url) => /\/assets\/index-/.test(url))).toEqual([]);
    return page;
  }

  async function refused(link: string, name: string): Promise<void> {
    const page = await open(link);
    await page.getByRole('heading', { name: 'Linket virker ikke' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, name);
    await page.close();
  }

  beforeAll(async () => {
    world = await youthWorld(suite.engine);
    phone = await suite.browser.newContext({ locale: 'da-DK', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  }, 120_000);
  afterEach(() => expect(suite.policyErrors).toEqual([]));

  it('lets her consent from the mailed link, answer a low WHO-5 that the engine escalates, and refuses every dead link', async () => {
    const email = `ung-${randomUUID().slice(0, 8)}@example.dk`;
    const mentorshipId = await world.referred(email);
    const consentLink = await linkTo(email, 0);

    const consent = await open(consentLink);
    await consent.getByRole('heading', { name: 'Vil du være med i et mentorforløb?' }).waitFor();
    await consent.getByRole('heading', { name: 'Hvad vi gemmer' }).waitFor();
    expect(await consent.locator('main').innerText()).not.toMatch(/Aisha|Nour|@example\.dk/);
    expect(await seriousViolations(consent)).toEqual([]);
    await screenshot(consent, 'youth-01-consent');
    await consent.getByRole('button', { name: 'Ja, jeg giver mit samtykke' }).click();
    await consent.getByRole('heading', { name: 'Tak for dit samtykke' }).waitFor();
    expect(await seriousViolations(consent)).toEqual([]);
    await screenshot(consent, 'youth-02-consent-thanks');
    await consent.close();
    const course = (await suite.http.get(`/mentorships/${mentorshipId}`).set(world.coordinator).expect(200)).body;
    expect(course.phase).toBe('intake');
    expect(await counts(mentorshipId)).toEqual({ measurements: 0, consents: 1 });

    // Used twice: the Danish refusal, and nothing more written.
    await refused(consentLink, 'youth-03-used-link');
    expect(await counts(mentorshipId)).toEqual({ measurements: 0, consents: 1 });

    // Active, the start's questionnaires are asked by mail: WHO-5 and self-efficacy, one link each.
    await world.toActive(mentorshipId);
    const asked = await Promise.all(
      [await linkTo(email, 1), await linkTo(email, 2)].map(async (link) => ({
        link,
        instrument: (
          await suite.http
            .get('/young-person-links')
            .query({ token: tokenOf(link) })
            .expect(200)
        ).body.questionnaire.instrument,
      })),
    );
    const who5Link = asked.find(({ instrument }) => instrument === 'who5')!.link;
    const selfEfficacyLink = asked.find(({ instrument }) => instrument === 'self-efficacy')!.link;

    // Tampered with: one character changed, the refusal, nothing written.
    const token = tokenOf(who5Link);
    await refused(`/young-person?token=${token.slice(0, 10)}${token[10] === 'A' ? 'B' : 'A'}${token.slice(11)}`, 'youth-04-tampered-link');

    const who5 = await open(who5Link);
    await who5.getByRole('heading', { name: 'Hvordan har du det?' }).waitFor();
    await who5.getByRole('button', { name: 'Videre til spørgsmålene' }).click();
    await who5.getByRole('heading', { name: 'Sådan har du haft det' }).waitFor();
    const { items, scale } = QUESTIONNAIRE_ITEMS.who5;
    // Nothing answered: each question named, nothing sent.
    await who5.getByRole('button', { name: 'Send mine svar' }).click();
    await who5.getByRole('alert').getByText('Du mangler at svare på spørgsmål 1, 2, 3, 4, 5.').waitFor();
    expect(await counts(mentorshipId)).toEqual({ measurements: 0, consents: 1 });
    // 1+1+0+1+1 = 4 raw, 16 of 100: likely depression, which the engine escalates.
    const answers = [1, 1, 0, 1, 1];
    for (const [index, item] of items.entries()) {
      await who5.getByRole('group', { name: item.text.da }).getByLabel(scale[answers[index]].da, { exact: true }).check();
    }
    // Each answer takes its question off the list; all answered, the list is gone.
    expect(await who5.getByRole('alert').count()).toBe(0);
    expect(await seriousViolations(who5)).toEqual([]);
    await screenshot(who5, 'youth-05-who5');
    await who5.getByRole('button', { name: 'Send mine svar' }).click();
    await who5.getByRole('heading', { name: 'Tak for dine svar' }).waitFor();
    await screenshot(who5, 'youth-06-answers-thanks');
    await who5.close();

    const [measurement] = await suite.engine.dataSource.getRepository(Measurement).findBy({ mentorshipId, instrument: 'who5' });
    expect(measurement).toMatchObject({ score: 16, enteredBy: 'young-person' });
    const escalations = await until(
      async () => (await suite.http.get('/escalations').query({ programSlug: world.slug }).set(world.coordinator).expect(200)).body,
      (found: Array<{ mentorshipId: string; reason: string }>) => found.some((one) => one.mentorshipId === mentorshipId),
    );
    expect(escalations).toEqual([expect.objectContaining({ mentorshipId, reason: 'who5-high-risk', urgency: 'urgent' })]);

    // Used again, and the self-efficacy link expired: each the refusal, nothing written.
    await refused(who5Link, 'youth-07-used-answers-link');
    await suite.engine.dataSource
      .getRepository(YoungPersonLink)
      .update({ mentorshipId, instrument: 'self-efficacy' }, { expiresAt: new Date(Date.now() - 1000) });
    await refused(selfEfficacyLink, 'youth-08-expired-link');
    expect(await counts(mentorshipId)).toEqual({ measurements: 1, consents: 1 });
  }, 120_000);

  it('signs the referrer in by mail link; she follows her referrals and her quota, and is refused a course she did not refer', async () => {
    const mentorshipId = await world.referred(`ung-${randomUUID().slice(0, 8)}@example.dk`);
    const page = await suite.newPage(phone);
    await suite.signIn(page, world.referrer.email, '/my-referrals');
    await page.getByRole('heading', { level: 1, name: 'Mine henvisninger' }).waitFor();
    // Her two referrals (this test's and the first test's), each with its phase; none of the other referrer's.
    const referrals = page.getByRole('region', { name: 'Dine henvisninger' }).getByRole('listitem');
    await referrals.first().waitFor();
    expect(await referrals.count()).toBe(2);
    await page.getByText('Venter på samtykke').waitFor();
    await page.getByText('Aktivt').waitFor();
    // The municipality's quota: 3 referrals of 12 this year (both of hers, and the other referrer's).
    await page.getByText('3 af 12 henvisninger.').waitFor();
    const year = new Date().getUTCFullYear();
    await page.getByRole('heading', { name: `Ungetest, 1. jan. ${year} – 31. dec. ${year}` }).waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(/Aisha|Nour|Sofie|Maria|@example\.dk/);
    expect(await page.getAttribute('html', 'lang')).toBe('da');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'youth-09-referrer');

    // Her own course answers its phase; a course another referrer made is refused, in Danish.
    const own = await page.request.get(`${suite.base}/mentorships/${mentorshipId}`, { headers: { Accept: 'application/json' } });
    expect((await own.json()).phase).toBe('awaiting-consent');
    await page.goto(`${suite.base}/mentorships/${world.othersCourseId}`);
    const refusal = page.getByRole('alert');
    await refusal.getByText('Det har du ikke adgang til').waitFor();
    expect(await refusal.innerText()).toContain('Du har ikke adgang til forløbet.');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'youth-10-referrer-refused');
    await page.close();
  }, 60_000);
});
