const KEPT = 'mentorflow.young-person-token';

/**
 * The token from her link, taken out of the address at once (history.replaceState), so it stays out of the browser's history,
 * a shared screen and any later request's Referer; kept for this tab only, so a reload still works and closing the tab forgets it.
 */
export function takeLinkToken(): string | null {
  const url = new URL(window.location.href);
  const fromLink = url.searchParams.get('token');
  if (fromLink !== null) {
    window.sessionStorage.setItem(KEPT, fromLink);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromLink;
  }
  return window.sessionStorage.getItem(KEPT);
}

/** Once the link is used (or refused), nothing of it stays in the tab. */
export function forgetLinkToken(): void {
  window.sessionStorage.removeItem(KEPT);
}
