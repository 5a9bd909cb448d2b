/**
 * A browser's part in a sign-in, made with fetch: a cookie jar per origin
 * (enough for one API and one provider on loopback), redirects followed by
 * hand so each step can be checked, forms posted as a browser posts them.
 */
export class Browser {
  private readonly jars = new Map<string, Map<string, string>>();

  async get(url: string): Promise<Response> {
    return this.send(url, { method: 'GET' });
  }

  async postForm(url: string, fields: Record<string, string>): Promise<Response> {
    return this.send(url, {
      method: 'POST',
      body: new URLSearchParams(fields),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  }

  /** Follows redirects until one leaves for `stopAtOrigin`, or an answer is not a redirect. */
  async follow(url: string, stopAtOrigin?: string): Promise<{ response: Response; url: string }> {
    let current = url;
    for (let hop = 0; hop < 20; hop += 1) {
      const response = await this.get(current);
      const location = response.headers.get('location');
      if (!location || response.status < 300 || response.status >= 400) return { response, url: current };
      const next = new URL(location, current).href;
      if (stopAtOrigin && new URL(next).origin === stopAtOrigin) return { response, url: next };
      current = next;
    }
    throw new Error(`more than 20 redirects from ${url}`);
  }

  cookie(origin: string, name: string): string | undefined {
    return this.jars.get(origin)?.get(name);
  }

  private async send(url: string, init: RequestInit): Promise<Response> {
    const origin = new URL(url).origin;
    const jar = this.jars.get(origin) ?? new Map<string, string>();
    this.jars.set(origin, jar);
    const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), accept: 'text/html', ...(cookie ? { cookie } : {}) },
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const at = pair.indexOf('=');
      const [name, value] = [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(header)) jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  }
}

/** The action of the first form in a page. */
export function formAction(html: string, pageUrl: string): string {
  const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
  if (!action) throw new Error(`no form in: ${html.slice(0, 500)}`);
  return new URL(action.replace(/&amp;/g, '&'), pageUrl).href;
}
