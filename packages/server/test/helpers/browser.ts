/**
 * A minimal browser for the console tests: keeps cookies, does not follow redirects, posts
 * forms the way a browser does (application/x-www-form-urlencoded), and reads the CSRF token
 * out of the page it was given.
 */
export class Browser {
  private readonly jar = new Map<string, string>();
  lastPage = '';

  constructor(private readonly base: string) {}

  private cookieHeader(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keep(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (/max-age=0/i.test(line) || value === '') this.jar.delete(name);
      else this.jar.set(name, value);
    }
  }

  cookie(name: string): string | undefined {
    return this.jar.get(name);
  }

  async get(path: string, headers: Record<string, string> = {}) {
    const response = await fetch(`${this.base}${path}`, {
      redirect: 'manual',
      headers: { cookie: this.cookieHeader(), ...headers },
    });
    this.keep(response);
    this.lastPage = await response.text();
    return {
      status: response.status,
      location: response.headers.get('location'),
      html: this.lastPage,
      headers: response.headers,
    };
  }

  async post(path: string, form: Record<string, string | string[]>, headers: Record<string, string> = {}) {
    const body = new URLSearchParams();
    for (const [key, value] of Object.entries(form)) {
      for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
    }
    const response = await fetch(`${this.base}${path}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body,
    });
    this.keep(response);
    this.lastPage = await response.text();
    return {
      status: response.status,
      location: response.headers.get('location'),
      html: this.lastPage,
      headers: response.headers,
    };
  }

  /** The CSRF token of the last page (the session's, or the sign-in form's). */
  csrf(): string {
    const match = /name="_csrf" value="([^"]*)"/.exec(this.lastPage);
    if (!match?.[1]) throw new Error('no CSRF field on the last page');
    return match[1];
  }

  async signIn(username: string, password: string) {
    await this.get('/console/login');
    return this.post('/console/login', { _csrf: this.csrf(), username, password });
  }
}
