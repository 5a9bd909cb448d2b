import type { Response } from 'express';

type Language = 'da' | 'en';

/** No scripts, no styles, no frames: a form that posts to this site and nowhere else. */
const PAGE_POLICY = "default-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

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

export interface SignInForm {
  language: Language;
  nextPath: string;
  oidc: boolean;
}

/*
 * The pages below set the answer's status and headers and return its body:
 * the route returns it, so the audit row is written before the answer goes out.
 */

/** The form a person arriving from a mail link signs in with, until the console has its own. */
export function signInFormPage(response: Response, { language, nextPath, oidc }: SignInForm): string {
  const t = TEXTS[language];
  const query = `?lang=${language}`;
  const form = `<form method="post" action="/sign-in/email${query}">
<label for="email">${t.label}</label>
<input id="email" name="email" type="email" autocomplete="email" required maxlength="254">
<input type="hidden" name="next" value="${escapeHtml(nextPath)}">
<button type="submit">${t.send}</button>
</form>`;
  const provider = oidc ? `<p><a href="/sign-in/oidc?next=${encodeURIComponent(nextPath)}">${t.oidc}</a></p>` : '';
  return page(response, 200, language, t.title, `<p>${t.intro}</p>\n${form}\n${provider}`);
}

/** The answer to the form: the same whether or not the address is known. */
export function linkSentPage(response: Response, language: Language): string {
  return page(response, 202, language, TEXTS[language].title, `<p role="status">${TEXTS[language].sent}</p>`);
}

/** A sign-in that failed, without saying why (an unknown address is not told apart from an archived one). */
export function refusedPage(response: Response, language: Language): string {
  const t = TEXTS[language];
  return page(
    response,
    401,
    language,
    t.title,
    `<p role="alert">${t.refused}</p>\n<p><a href="/sign-in?lang=${language}">${t.again}</a></p>`,
  );
}

/**
 * What opening a mailed link shows: a button that posts the token back.
 * Mail scanners open every link in a mail; only a person presses the button,
 * so a scanner's visit uses nothing up. Her name is not on it: the page is
 * for whoever holds the link, and it is all she needs.
 */
export function confirmSignInPage(response: Response, language: Language, token: string): string {
  const t = TEXTS[language];
  const form = `<form method="post" action="/sign-in/verify?lang=${language}">
<input type="hidden" name="token" value="${escapeHtml(token)}">
<button type="submit">${t.signIn}</button>
</form>`;
  return page(
    response,
    200,
    language,
    t.title,
    `<p>${t.confirm}</p>
${form}`,
  );
}

/** A link used already, expired or never made: the same answer for each, and the way to a new one. */
export function linkUnusablePage(response: Response, language: Language): string {
  const t = TEXTS[language];
  return page(
    response,
    401,
    language,
    t.title,
    `<p role="alert">${t.unusable}</p>\n<p><a href="/sign-in?lang=${language}">${t.newLink}</a></p>`,
  );
}

/** Sends her browser on, after the audit row like any other answer. */
export function seeOther(response: Response, location: string): void {
  response.status(303).setHeader('Location', location);
}

function page(response: Response, status: number, language: Language, title: string, body: string): string {
  response.setHeader('Content-Security-Policy', PAGE_POLICY);
  response.status(status).type('html');
  return `<!doctype html>
<html lang="${language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body>
<main>
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
