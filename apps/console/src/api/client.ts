import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

/** The CSRF proof a session's writes carry (GET /session gives it); set once the session is known. */
let csrfToken: string | null = null;
export const setCsrfToken = (token: string | null): void => {
  csrfToken = token;
};

/** Where a browser without a session goes: the server's sign-in page, which brings her back here after. */
export function signInUrl(path = window.location.pathname + window.location.search): string {
  return `/sign-in?next=${encodeURIComponent(path)}&lang=${document.documentElement.lang === 'en' ? 'en' : 'da'}`;
}

const session: Middleware = {
  onRequest({ request }) {
    if (request.method !== 'GET' && csrfToken) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
  onResponse({ response }) {
    // The session ended (idle, signed out elsewhere): sign in again and come back to this page.
    if (response.status === 401) window.location.assign(signInUrl());
    return response;
  },
};

/** The API, typed from its own OpenAPI document (openapi.json beside this file); the session cookie goes along, same origin. */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin', headers: { Accept: 'application/json' } });
api.use(session);
