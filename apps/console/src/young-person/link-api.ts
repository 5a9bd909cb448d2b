import createClient from 'openapi-fetch';
import type { LinkPurposeView } from '../../../api/src/young-person-links/young-person-link-view';
import type { paths } from '../api/schema';

export type { LinkPurposeView };

/** Why her page cannot go on: the link opens nothing (used, expired, unknown), too many tries, or something else went wrong. */
export type LinkFailure = 'not-open' | 'texts-changed' | 'rate-limited' | 'unavailable';

/** The API without the console's session: she has no account, so a 401 would mean nothing to her and nothing signs her in. */
const api = createClient<paths>({ baseUrl: '', credentials: 'omit', headers: { Accept: 'application/json' } });

export class LinkRefused extends Error {
  constructor(readonly failure: LinkFailure) {
    super(failure);
  }
}

function failureOf(response: Response, body: unknown): LinkFailure {
  const code = (body as { code?: string } | undefined)?.code;
  if (response.status === 404 || response.status === 410 || code === 'link-other-purpose') return 'not-open';
  if (code === 'link-texts-changed') return 'texts-changed';
  if (response.status === 429) return 'rate-limited';
  return 'unavailable';
}

async function settled<T>(call: Promise<{ data?: unknown; error?: unknown; response: Response }>): Promise<T> {
  let answer: Awaited<typeof call>;
  try {
    answer = await call;
  } catch {
    throw new LinkRefused('unavailable');
  }
  if (answer.response.ok) return answer.data as T;
  throw new LinkRefused(failureOf(answer.response, answer.error));
}

export const linkPurpose = (token: string) => settled<LinkPurposeView>(api.GET('/young-person-links', { params: { query: { token } } }));

export const sendConsent = (token: string, given: boolean, textsVersion: string) =>
  settled<{ consent: 'given' | 'refused' }>(api.POST('/young-person-links/consent', { body: { token, given, textsVersion } }));

export const sendAnswers = (token: string, answers: number[], textsVersion: string) =>
  settled<{ answered: string }>(api.POST('/young-person-links/answers', { body: { token, answers, textsVersion } }));
