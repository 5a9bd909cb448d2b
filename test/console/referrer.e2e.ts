import type { BrowserContext, Page } from 'playwright-core';
import { Referral, YoungPerson } from '../../libs/persistence/entities';
import { pageWidth, screenshot, seriousViolations, tabTo } from './console-browser';
import { consoleSuite } from './console-suite';
import { type YouthWorld, youthWorld } from './youth-world';

const PHONE = { width: 390, height: 844 };
const SMALL_PHONE = { width: 360, height: 740 };

/**
 * A referrer (a caseworker) on her phone (390×844, and 360 px), in a real browser against the real API: she signs in by the
 * link in a real mail, lands on her referrals, refers a young person with her consent (an age the program does not take is
 * refused in Danish under its field first, nothing written), sees the new course in her list and its next phase once the
 * coordinator acts, and is refused a course she did not refer. Axe checks each page; screenshots go to test-artifacts/console.
 */
describe("a referrer's pages on a phone", () => {
  const suite = consoleSuite();
  let phone: BrowserContext;
  let world: YouthWorld;
  const written = async () => ({
    youngPeople: await suite.engine.dataSource.getRepository(YoungPerson).count({ withDeleted: true }),
    referrals: await suite.engine.dataSource.getRepository(Referral).countBy({ referrerId: world.referrer.id }),
  });

  async function checked(page: Page, name: string, width = PHONE.width): Promise<void> {
    await screenshot(page, name);
    expect(await pageWidth(page)).toBeLessThanOrEqual(width);
    expect(await seriousViolations(page)).toEqual([]);
  }

  beforeAll(async () => {
    world = await youthWorld(suite.engine);
    phone = await suite.browser.newContext({ locale: 'da-DK', viewport: PHONE, hasTouch: true, isMobile: true });
  }, 120_000);

  it('signs her in by the mailed link; she refers a young person with consent, follows the course, is refused another', async () => {
    const page = await suite.newPage(phone);
    await suite.signIn(page, world.referrer.email);
    // Her start page is her referrals, with her own menu only.
    await page.waitForURL(`${suite.base}/my-referrals`);
    await page.getByRole('heading', { level: 1, name: 'Mine henvisninger' }).waitFor();
    const menu = page.getByRole('navigation');
    expect(await menu.getByRole('link').allInnerTexts()).toEqual(['Mine henvisninger', 'Henvis en ung']);
    await page.getByText('1 af 12 henvisninger.').waitFor();
    expect(await tabTo(page, 'Henvis en ung')).toEqual({ reached: true, visible: true });
    await checked(page, 'referrer-01-my-referrals');

    await page.getByRole('main').getByRole('link', { name: 'Henvis en ung' }).tap();
    await page.getByRole('heading', { level: 1, name: 'Henvis en ung' }).waitFor();
    const program = page.getByLabel('Program');
    // The only program open to her municipality is chosen for her, with its ages and how far the quota is.
    expect(await program.inputValue()).toBe(world.programId);
    await page.getByText('For unge på 18–30 år. Kommunen har brugt 1 af 12 henvisninger').waitFor();
    await checked(page, 'referrer-02-refer-form');

    // Without her consent ticked, the checkbox says why; nothing is written.
    const nothingYet = await written();
    await page.getByLabel('Den unges navn').fill('Amina Holm');
    await page.getByLabel('Fødselsdato').fill('1990-05-14');
    await page.getByLabel('Den unges e-mailadresse (kan udelades)').fill('amina.holm@example.dk');
    await page.getByRole('button', { name: 'Henvis den unge' }).tap();
    await page.locator('#refer-consent-error').getByText('Du kan kun henvise den unge med den unges samtykke.').waitFor();
    expect(await written()).toEqual(nothingYet);
    await checked(page, 'referrer-03-refused-consent');

    // She reads what the young person should know and ticks her consent; an age the program does not take is refused in Danish
    // under its field, and nothing is written.
    await page.getByText('Det skal den unge vide, før den unge siger ja').tap();
    await page.getByRole('heading', { name: 'Hvem der kan se det' }).waitFor();
    await page.getByLabel('Den unge har givet samtykke til henvisningen og til mentorforløbet').check();
    await page.getByRole('button', { name: 'Henvis den unge' }).tap();
    await page
      .locator('#refer-birth-error')
      .getByText(/Den unge var \d+ år ved henvisningen, men programmet .* er for unge på 18–30 år/)
      .waitFor();
    expect(await written()).toEqual(nothingYet);
    await checked(page, 'referrer-04-refused-age');

    await page.getByLabel('Fødselsdato').fill('2005-05-14');
    expect(await tabTo(page, 'Henvis den unge')).toEqual({ reached: true, visible: true });
    await checked(page, 'referrer-06-refer-filled');
    await page.keyboard.press('Enter');

    // Back on her list: the referral confirmed, first in her list in the phase after consent; the quota counts it.
    await page.waitForURL(`${suite.base}/my-referrals`);
    await page.getByRole('status').getByText('Amina Holm er henvist til Ungetest.').waitFor();
    const referrals = page.getByRole('region', { name: 'Dine henvisninger' }).getByRole('listitem');
    await referrals.first().getByText('Afklaring').waitFor();
    await page.getByText('2 af 12 henvisninger.').waitFor();
    expect(await written()).toEqual({ youngPeople: nothingYet.youngPeople + 1, referrals: nothingYet.referrals + 1 });
    await checked(page, 'referrer-07-referred');

    // The coordinator completes the intake: she sees the course waiting for a mentor.
    const [{ id: courseId }] = (await suite.http.get('/my-referrals').set(suite.engine.auth('referrer', world.referrer.id)).expect(200))
      .body.referrals;
    await suite.http.post(`/mentorships/${courseId}/intake/complete`).set(world.coordinator).expect(200);
    await page.reload();
    await referrals.first().getByText('Matchning').waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(/Sofie|@example\.dk/);
    await checked(page, 'referrer-08-coordinator-acted');

    // Her own course by its address: its phase and outcome only.
    await page.goto(`${suite.base}/mentorships/${courseId}`);
    await page.getByRole('heading', { level: 1, name: 'Forløb' }).waitFor();
    await page.getByText('Matchning').waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(/Amina|@example\.dk|Maria/);
    await checked(page, 'referrer-09-own-course');

    // A course another referrer made, opened by its address: refused in Danish, nothing shown of it, the way back offered.
    await page.goto(`${suite.base}/mentorships/${world.othersCourseId}`);
    const forbidden = page.getByRole('alert');
    await forbidden.getByText('Det har du ikke adgang til').waitFor();
    expect(await forbidden.innerText()).toContain('Du har ikke adgang til forløbet.');
    await page.getByText('Du kan se fase og resultat for de forløb, du selv har henvist.').waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Tilbage til mine henvisninger' }).waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(/Sofie|Jonas/);
    await checked(page, 'referrer-10-others-course-refused');
    await page.close();
  }, 120_000);

  it('fits a 360 px phone, in Danish and in English', async () => {
    const small = await suite.browser.newContext({ locale: 'da-DK', viewport: SMALL_PHONE, hasTouch: true, isMobile: true });
    await small.addCookies(await phone.cookies());
    const page = await small.newPage();
    await page.goto(`${suite.base}/my-referrals/new`);
    await page.getByLabel('Den unges navn').waitFor();
    await checked(page, 'referrer-11-refer-form-360', SMALL_PHONE.width);
    await page.getByRole('button', { name: 'English' }).tap();
    await page.getByRole('heading', { level: 1, name: 'Refer a young person' }).waitFor();
    await page.getByLabel('The young person has consented to the referral and to the mentor course').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await checked(page, 'referrer-12-refer-form-360-english', SMALL_PHONE.width);
    await page.goto(`${suite.base}/my-referrals`);
    await page.getByRole('heading', { name: 'Your referrals' }).waitFor();
    await checked(page, 'referrer-13-my-referrals-360-english', SMALL_PHONE.width);
    await small.close();
  }, 60_000);
});
