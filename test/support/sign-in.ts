import type { Response, Test } from 'supertest';
import type request from 'supertest';
import type { ReceivedMail, SmtpSink } from './smtp-sink';

type Http = ReturnType<typeof request>;

/** The session cookie a response set, as a Cookie header value. */
export function sessionCookie(response: Response): string {
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const session = cookies.find((cookie) => cookie.startsWith('mentorflow_session='));
  if (!session) throw new Error(`no session cookie in ${JSON.stringify(cookies)}`);
  return session.split(';')[0];
}

/** The sign-in link in a mail, as a path and query on the API. */
export function linkIn(mail: ReceivedMail): string {
  const href = /https?:\/\/\S+\/sign-in\/verify\?\S+/.exec(mail.text)?.[0];
  if (!href) throw new Error(`no sign-in link in: ${mail.text}`);
  const url = new URL(href);
  return url.pathname + url.search;
}

/** Asks for a link, reads it from the real mail (the newest to that address) and returns the link. */
export async function mailedLink(http: Http, sink: SmtpSink, email: string, next?: string): Promise<{ link: string; mail: ReceivedMail }> {
  const before = sink.received.length;
  await http
    .post('/sign-in/email')
    .send({ email, ...(next ? { next } : {}) })
    .expect(202);
  const mail = await sink.waitFor((received) => sink.received.indexOf(received) >= before && received.to.includes(email.toLowerCase()));
  return { link: linkIn(mail), mail };
}

/** The token a mailed link carries. */
export function tokenOf(link: string): string {
  const token = new URL(link, 'http://localhost').searchParams.get('token');
  if (!token) throw new Error(`no token in ${link}`);
  return token;
}

/**
 * What a person does with a mailed link: opens it (a GET, which only shows a
 * page) and presses the page's button, which posts the token back as a form.
 * Answers the post: 303 to where she was going, with the session cookie.
 */
export async function useLink(http: Http, link: string): Promise<Response> {
  const page = await http.get(link).expect(200);
  const action = /<form method="post" action="([^"]+)"/.exec(page.text)?.[1];
  const token = /<input type="hidden" name="token" value="([^"]+)">/.exec(page.text)?.[1];
  if (!action || !token) throw new Error(`no sign-in button in: ${page.text}`);
  return http.post(action.replace(/&amp;/g, '&')).type('form').send({ token });
}

/** A signed-in browser: its cookie, and the CSRF token its writes carry. */
export interface Browser {
  cookie: string;
  csrfToken: string;
  landedOn: string;
}

export async function signInByMail(http: Http, sink: SmtpSink, email: string, next?: string): Promise<Browser> {
  const { link } = await mailedLink(http, sink, email, next);
  const landed = await useLink(http, link);
  if (landed.status !== 303) throw new Error(`signing in by the link answered ${landed.status}: ${landed.text}`);
  const cookie = sessionCookie(landed);
  const session = await http.get('/session').set('Cookie', cookie).expect(200);
  return { cookie, csrfToken: session.body.csrfToken, landedOn: landed.headers.location };
}

/** A write as a page of this site makes it: the cookie, the CSRF header. */
export function withSession(test: Test, browser: Browser): Test {
  return test.set('Cookie', browser.cookie).set('X-CSRF-Token', browser.csrfToken);
}
