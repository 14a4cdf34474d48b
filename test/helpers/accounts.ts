/**
 * @module test/helpers/accounts
 * Accounts for tests, and a logged-in client that goes through the real login form: it keeps
 * cookies like a browser and sends the CSRF token of the form it last loaded.
 */
import assert from 'node:assert/strict';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Db } from '../../src/db/client.ts';
import { createAccount, type Account, type RoleGrant } from '../../src/modules/auth/index.ts';
import { multipartBody, type Part } from './uploads.ts';

export const TEST_PASSWORD = 'richtig-langes-passwort';

export async function createTestAccount(
  db: Db,
  bodyId: number,
  input: { email: string; displayName?: string; personId?: number | null; unitId?: number | null; roles: RoleGrant[] },
  password: string | undefined = TEST_PASSWORD,
): Promise<Account> {
  const created = await createAccount(
    db,
    bodyId,
    { email: input.email, displayName: input.displayName ?? input.email, personId: input.personId ?? null, unitId: input.unitId ?? null, roles: input.roles },
    { userId: null },
    password,
  );
  if (!created.ok) throw new Error(`test account refused: ${created.error}`);
  return created.value;
}

/** A cookie jar in front of `app.inject`. */
export class Browser {
  private cookies = new Map<string, string>();
  private lastToken: string | undefined;
  constructor(readonly app: FastifyInstance) {}

  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  hasCookie(name: string): boolean {
    return this.cookies.has(name);
  }

  private remember(response: LightMyRequestResponse): LightMyRequestResponse {
    for (const c of response.cookies) {
      if (c.value === '' || (c.expires instanceof Date && c.expires.getTime() < Date.now()) || c.maxAge === 0) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const token = /name="_csrf" value="([^"]+)"/.exec(response.body)?.[1];
    if (token) this.lastToken = token;
    return response;
  }

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.remember(await this.app.inject({ method: 'GET', url, headers: { cookie: this.cookieHeader, ...headers } }));
  }

  /** Posts a form with the CSRF token of the last page loaded (load the form's page first). */
  async post(
    url: string,
    form: Record<string, string | string[]>,
    options: { csrf?: string | false; headers?: Record<string, string>; remoteAddress?: string } = {},
  ): Promise<LightMyRequestResponse> {
    const params = new URLSearchParams();
    const token = options.csrf === undefined ? this.lastToken : options.csrf;
    if (token) params.append('_csrf', token);
    for (const [k, v] of Object.entries(form)) for (const item of Array.isArray(v) ? v : [v]) params.append(k, item);
    return this.remember(
      await this.app.inject({
        method: 'POST',
        url,
        headers: { cookie: this.cookieHeader, 'content-type': 'application/x-www-form-urlencoded', ...options.headers },
        payload: params.toString(),
        ...(options.remoteAddress ? { remoteAddress: options.remoteAddress } : {}),
      }),
    );
  }

  /**
   * Posts a multipart form (files) as a browser does: the CSRF token of the last page loaded
   * first, then `parts` in order. `csrf: false` leaves it out; `csrfHeader` sends it as a header instead.
   */
  async postMultipart(url: string, parts: readonly Part[], options: { csrf?: string | false; csrfHeader?: boolean } = {}): Promise<LightMyRequestResponse> {
    const token = options.csrf === undefined ? this.lastToken : options.csrf;
    const inForm = token && !options.csrfHeader ? [{ name: '_csrf', value: token }] : [];
    const { payload, contentType } = multipartBody([...inForm, ...parts]);
    const headers: Record<string, string> = { cookie: this.cookieHeader, 'content-type': contentType };
    if (token && options.csrfHeader) headers['x-csrf-token'] = token;
    return this.remember(await this.app.inject({ method: 'POST', url, headers, payload }));
  }

  /** Logs in through the form; fails the test unless it ends in a redirect. */
  async login(email: string, password = TEST_PASSWORD): Promise<LightMyRequestResponse> {
    await this.get('/anmelden');
    const response = await this.post('/anmelden', { email, passwort: password });
    assert.equal(response.statusCode, 303, `login of ${email} failed: ${response.statusCode}`);
    return response;
  }
}
