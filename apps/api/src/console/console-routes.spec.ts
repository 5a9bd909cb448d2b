import type { Request } from 'express';
import { isConsolePage, isYoungPersonPage } from './console-routes';
import { wantsPage } from './serve-console';

const ID = '0b8f9a52-6f1e-4a8e-9a55-3c1f0e6b2d11';

describe("the console's pages", () => {
  it('are the paths the mails link to, and the lists', () => {
    for (const path of [
      '/',
      '/mentorships',
      `/mentorships/${ID}`,
      '/escalations',
      `/escalations/${ID}`,
      '/mentors',
      `/mentors/${ID}`,
      '/my-referrals',
      '/my-referrals/new',
      '/programs',
      `/programs/${ID}`,
      '/reports',
      `/mentors/${ID}/young-people`,
      `/mentors/${ID}/path`,
      '/nudges',
      `/nudges/${ID}`,
    ])
      expect([path, isConsolePage(path)]).toEqual([path, true]);
  });

  it("leave a referrer's programs to the API: a browser opening them gets JSON, not a page", () => {
    expect(isConsolePage('/my-referrals/programs')).toBe(false);
  });

  it("are a program's policy versions, numbered from 1", () => {
    expect(isConsolePage(`/programs/${ID}/versions/3`)).toBe(true);
    expect(isConsolePage(`/programs/${ID}/versions/0`)).toBe(false);
    expect(isConsolePage(`/programs/${ID}/policy/versions/3`)).toBe(false);
  });

  it('leave the API its other paths, a course command and an id that is not one', () => {
    for (const path of [
      `/mentorships/${ID}/meetings`,
      '/mentorships/x',
      '/docs',
      '/sign-in',
      '/session',
      `/escalations/${ID}/resolve`,
      '/reports/outcomes',
      `/mentors/${ID}/history`,
      `/mentors/${ID}/calendar-feed`,
      `/nudges/${ID}/acknowledge`,
      '/nudges/',
    ]) {
      expect([path, isConsolePage(path)]).toEqual([path, false]);
    }
  });
});

describe("the young person's page", () => {
  it('is the one path her mail links to, apart from the pages behind a sign-in', () => {
    expect(isYoungPersonPage('/young-person')).toBe(true);
    for (const path of ['/young-person/', '/young-person-links', '/young-persons', '/'])
      expect([path, isYoungPersonPage(path)]).toEqual([path, false]);
    expect(isConsolePage('/young-person')).toBe(false);
  });
});

describe('a request for a page', () => {
  const request = (headers: Record<string, string>) => {
    const accept = headers.accept ?? '*/*';
    return {
      headers: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value])),
      // What express answers for accepts(['json', 'html']): the first type the Accept header ranks highest.
      accepts: (types: string[]) => types.find((type) => accept.includes(type === 'json' ? 'application/json' : 'text/html')) ?? types[0],
    } as unknown as Request;
  };

  it("is a browser's navigation, or one that prefers HTML", () => {
    expect(wantsPage(request({ 'sec-fetch-mode': 'navigate', accept: '*/*' }))).toBe(true);
    expect(wantsPage(request({ accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8' }))).toBe(true);
  });

  it("is not the console's fetch for JSON, nor a program that accepts anything", () => {
    expect(wantsPage(request({ 'sec-fetch-mode': 'cors', accept: 'application/json' }))).toBe(false);
    expect(wantsPage(request({ accept: '*/*' }))).toBe(false);
  });
});
