import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { AppConfig } from '../../libs/config/app-config';
import { screenshot, seriousViolations, tabTo } from './console-browser';
import { consoleSuite } from './console-suite';
import { type ConsoleWorld, consoleWorld } from './console-world';

/**
 * The programs and reports pages in a real browser, in Danish: a program administrator signs in by a mailed link, has a policy
 * rule refused with its message beside the field, and saves a valid change as a new version; a coordinator reads the reports
 * and downloads one as a CSV file made for Excel set to Danish. Axe checks each page at 1280 and 360 px.
 */
describe('programs and reports in the console', () => {
  const suite = consoleSuite();
  let world: ConsoleWorld;
  let adminEmail: string;
  let minimumCount: number;

  /** A page in `context`, signed in by the link mailed to `email` from `path`, and back on `path`. */
  async function signedIn(context: BrowserContext, path: string, email: string): Promise<Page> {
    const page = await suite.newPage(context);
    await suite.signIn(page, email, path);
    return page;
  }

  beforeAll(async () => {
    minimumCount = suite.engine.api.get(AppConfig).reports.minimumCount;
    world = await consoleWorld(suite.engine);
    adminEmail = `lise-${world.programId.slice(0, 8)}@odense.example.dk`;
    await suite.http
      .post('/accounts')
      .set(suite.engine.auth('operator'))
      .send({ email: adminEmail, name: 'Lise Berg', role: 'program-admin', language: 'da' })
      .expect(201);
  }, 120_000);

  it('lets an administrator save a policy rule only when it holds, each refusal beside its field, as a new version', async () => {
    const desktop = await suite.browser.newContext({ locale: 'da-DK', viewport: { width: 1280, height: 900 } });
    const page = await signedIn(desktop, '/programs', adminEmail);
    await page.getByRole('heading', { level: 1, name: 'Programmer' }).waitFor();
    // Other browser tests make programs of the same name in the run's database: this world's is the one with its id.
    await page.locator(`a[href="/programs/${world.programId}"]`).click();
    await page.getByRole('heading', { level: 1, name: 'Konsoltest' }).waitFor();
    await page.getByText('Gældende version: 1.').waitFor();
    await screenshot(page, 'program-1280');
    expect(await seriousViolations(page)).toEqual([]);

    // Ten years' shortest duration is longer than the planned one: the API refuses the rule, named beside the field in Danish.
    await page.getByLabel('Korteste varighed', { exact: true }).fill('10');
    await page.getByLabel('Enhed for Korteste varighed').selectOption('years');
    await page.getByRole('button', { name: 'Gem som ny version' }).click();
    const beside = page.locator('#policy-duration-min-error');
    await beside.waitFor();
    expect(await beside.innerText()).toMatch(/Korteste varighed \(10 år\) må ikke være mere end Planlagt varighed \(\d+ måneder?\)/);
    expect(await page.getByLabel('Korteste varighed', { exact: true }).getAttribute('aria-describedby')).toBe('policy-duration-min-error');
    await screenshot(page, 'program-policy-refused-1280');
    expect(await seriousViolations(page)).toEqual([]);

    // Put right, and a contact target changed: saved as version 2; version 1 stays to be read as it was.
    await page.getByLabel('Korteste varighed', { exact: true }).fill('1');
    await page.getByLabel('Enhed for Korteste varighed').selectOption('months');
    const target = page.getByLabel('Mål for kontakt (timer)');
    const targetBefore = await target.inputValue();
    await target.fill('5');
    expect(await tabTo(page, 'Gem som ny version', 400)).toEqual({ reached: true, visible: true });
    await page.keyboard.press('Enter');
    await page.getByText('Regelsættet er gemt som version 2.').waitFor();
    expect(await page.locator('#policy-duration-min-error').count()).toBe(0);
    const saved = await suite.http.get(`/programs/${world.programId}`).set(suite.engine.admin()).expect(200);
    expect(saved.body.policyVersion).toBe(2);
    expect(saved.body.policy.contact.targetHours).toBe(5);
    expect(saved.body.policy.duration.min).toBe('P1M');
    await page.getByRole('link', { name: 'Regelsæt, version 1' }).click();
    await page.getByRole('heading', { level: 1, name: 'Regelsæt, version 1' }).waitFor();
    expect(await page.getByLabel('Mål for kontakt (timer)').inputValue()).toBe(targetBefore);
    expect(await page.getByLabel('Mål for kontakt (timer)').isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Gem som ny version' }).count()).toBe(0);
    await screenshot(page, 'program-version-1-1280');

    const phone = await suite.browser.newContext({
      locale: 'da-DK',
      viewport: { width: 360, height: 780 },
      storageState: await desktop.storageState(),
    });
    const small = await phone.newPage();
    await small.goto(`${suite.base}/programs/${world.programId}`);
    await small.getByRole('heading', { level: 1, name: 'Konsoltest' }).waitFor();
    await screenshot(small, 'program-360');
    expect(await seriousViolations(small)).toEqual([]);
    await phone.close();
    await desktop.close();
  });

  it('shows a coordinator the reports with small counts hidden, and downloads one as a CSV for Excel in Danish', async () => {
    const desktop = await suite.browser.newContext({ locale: 'da-DK', viewport: { width: 1280, height: 900 } });
    const page = await signedIn(desktop, '/reports', world.coordinator.email);
    await page.getByRole('heading', { level: 1, name: 'Rapporter' }).waitFor();
    for (const heading of ['Forløb og resultater', 'Trivsel', 'Henvisninger', 'Mentorer'])
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
    // One referral, one mentor: fewer than the minimum, hidden in the charts (an SVG with its title) and their tables alike.
    const referrals = page.getByRole('img', { name: 'Henvisninger pr. kommune' });
    await referrals.waitFor();
    expect(await referrals.innerHTML()).toContain(`skjult (under ${minimumCount})`);
    expect(await page.getByRole('cell', { name: `skjult (under ${minimumCount})` }).count()).toBeGreaterThan(0);
    await screenshot(page, 'reports-1280');
    expect(await seriousViolations(page)).toEqual([]);

    expect(await page.getByLabel('Skilletegn i CSV-filen').first().inputValue()).toBe(';');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Hent Henvisninger som CSV' }).click(),
    ]);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, row] = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(header).toBe(
      'kommune;henvisninger;kvote;andel_af_kvote;dage_til_match_gennemsnit;dage_til_match_median;matchet;afslået;genmatchet',
    );
    // Her one referral is a suppressed cell in the file too: empty, not 1.
    expect(row.split(';').slice(0, 2)).toEqual([expect.stringMatching(/^Odense /), '']);
    expect(download.suggestedFilename()).toMatch(/^referrals-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);

    const phone = await suite.browser.newContext({
      locale: 'da-DK',
      viewport: { width: 360, height: 780 },
      storageState: await desktop.storageState(),
    });
    const small = await phone.newPage();
    await small.goto(`${suite.base}/reports`);
    await small.getByRole('heading', { level: 2, name: 'Mentorer' }).waitFor();
    await screenshot(small, 'reports-360');
    expect(await seriousViolations(small)).toEqual([]);
    await phone.close();
    await desktop.close();
  });
});
