import type { Response } from 'express';
import { consoleStylesheets } from '../console/console-stylesheets';

type Language = 'da' | 'en';

/** No scripts, no frames, styles and their fonts and icons from this site only: a form that posts to this site and nowhere else. */
const PAGE_POLICY =
  "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** A page's language, and the console's stylesheets it links (consoleStylesheets: none without a built console). */
export interface PageLook {
  language: Language;
  stylesheets: string[];
}

/** The look of a page in her language: the stylesheets of the console built in `consoleDir`, read now. */
export function pageLook(language: Language, consoleDir: string): PageLook {
  return { language, stylesheets: consoleStylesheets(consoleDir) };
}

interface Texts {
  title: string;
  intro: string;
  label: string;
  send: string;
  oidc: string;
  sent: string;
  refused: string;
  again: string;
  confirm: string;
  signIn: string;
  unusable: string;
  newLink: string;
}

const TEXTS: Record<Language, Texts> = {
  da: {
    title: 'Log ind i Mentorflow',
    intro: 'Skriv din e-mailadresse, så sender vi dig et link, du logger ind med.',
    label: 'E-mailadresse',
    send: 'Send mig et login-link',
    oidc: 'Log ind med kommunens login',
    sent: 'Hvis adressen hører til en, der kan logge ind i Mentorflow, er et login-link på vej. Det virker én gang, inden for 15 minutter.',
    refused: 'Du kunne ikke logges ind. Spørg din koordinator, om din e-mailadresse er registreret, eller prøv igen.',
    again: 'Prøv igen',
    confirm: 'Tryk på knappen for at logge ind. Linket virker én gang.',
    signIn: 'Log ind',
    unusable: 'Login-linket kan ikke bruges: Det er brugt, udløbet eller findes ikke. Bed om et nyt.',
    newLink: 'Send mig et nyt link',
  },
  en: {
    title: 'Sign in to Mentorflow',
    intro: 'Enter your e-mail address and we will send you a link to sign in with.',
    label: 'E-mail address',
    send: 'Send me a sign-in link',
    oidc: "Sign in with the municipality's login",
    sent:
      'If the address belongs to someone who may sign in to Mentorflow, a sign-in link is on its way. ' +
      'It works once, within 15 minutes.',
    refused: 'You could not be signed in. Ask your coordinator whether your e-mail address is registered, or try again.',
    again: 'Try again',
    confirm: 'Press the button to sign in. The link works once.',
    signIn: 'Sign in',
    unusable: 'This sign-in link cannot be used: it was used already, it expired or it never existed. Ask for a new one.',
    newLink: 'Send me a new link',
  },
};

export interface SignInForm extends PageLook {
  nextPath: string;
  oidc: boolean;
}

/*
 * The pages below set the answer's status and headers and return its body:
 * the route returns it, so the audit row is written before the answer goes out.
 */

/** The form a person arriving from a mail link signs in with, until the console has its own. */
export function signInFormPage(response: Response, { nextPath, oidc, ...look }: SignInForm): string {
  const t = TEXTS[look.language];
  const query = `?lang=${look.language}`;
  const form = `<form class="sign-in-form" method="post" action="/sign-in/email${query}">
<div class="form-group">
<label class="form-label" for="email">${t.label}</label>
<input class="form-input" id="email" name="email" type="email" autocomplete="email" required maxlength="254">
</div>
<input type="hidden" name="next" value="${escapeHtml(nextPath)}">
<button class="button button-primary" type="submit">${t.send}</button>
</form>`;
  const provider = oidc ? `<p><a href="/sign-in/oidc?next=${encodeURIComponent(nextPath)}">${t.oidc}</a></p>` : '';
  return page(response, 200, look, t.title, `<p>${t.intro}</p>\n${form}\n${provider}`);
}

/** The answer to the form: the same whether or not the address is known. */
export function linkSentPage(response: Response, look: PageLook): string {
  const t = TEXTS[look.language];
  return page(response, 202, look, t.title, notice('success', 'status', t.sent));
}

/** A sign-in that failed, without saying why (an unknown address is not told apart from an archived one). */
export function refusedPage(response: Response, look: PageLook): string {
  const t = TEXTS[look.language];
  return page(
    response,
    401,
    look,
    t.title,
    `${notice('error', 'alert', t.refused)}\n<p><a href="/sign-in?lang=${look.language}">${t.again}</a></p>`,
  );
}

/**
 * What opening a mailed link shows: a button that posts the token back.
 * Mail scanners open every link in a mail; only a person presses the button,
 * so a scanner's visit uses nothing up. Her name is not on it: the page is
 * for whoever holds the link, and it is all she needs.
 */
export function confirmSignInPage(response: Response, look: PageLook, token: string): string {
  const t = TEXTS[look.language];
  const form = `<form method="post" action="/sign-in/verify?lang=${look.language}">
<input type="hidden" name="token" value="${escapeHtml(token)}">
<button class="button button-primary" type="submit">${t.signIn}</button>
</form>`;
  return page(response, 200, look, t.title, `<p>${t.confirm}</p>\n${form}`);
}

/** A link used already, expired or never made: the same answer for each, and the way to a new one. */
export function linkUnusablePage(response: Response, look: PageLook): string {
  const t = TEXTS[look.language];
  return page(
    response,
    401,
    look,
    t.title,
    `${notice('error', 'alert', t.unusable)}\n<p><a href="/sign-in?lang=${look.language}">${t.newLink}</a></p>`,
  );
}

/** Sends her browser on, after the audit row like any other answer. */
export function seeOther(response: Response, location: string): void {
  response.status(303).setHeader('Location', location);
}

/** A dkfds alert: what happened, as the console's own alerts say it. */
function notice(kind: 'success' | 'error', role: 'status' | 'alert', text: string): string {
  return `<div class="alert alert-${kind}" role="${role}"><div class="alert-body"><p class="alert-text">${text}</p></div></div>`;
}

/** The page in the console's dkfds header, the service's name where the console's pages have it. */
function page(response: Response, status: number, { language, stylesheets }: PageLook, title: string, body: string): string {
  response.setHeader('Content-Security-Policy', PAGE_POLICY);
  response.status(status).type('html');
  const links = stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('');
  return `<!doctype html>
<html lang="${language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${links}</head>
<body>
<header class="header">
<div class="portal-info"><div class="portal-info-inner container"><span class="service-mark">Mentorflow</span></div></div>
</header>
<main id="main-content" class="container">
<h1>${title}</h1>
${body}
</main>
</body>
</html>
`;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
