/**
 * @module test/oparl/oparl-client
 * Reading the API the way a client does: GET through the app, JSON parsed, ids turned back into
 * paths. Shared by the OParl tests.
 */
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';

export type JsonObject = Record<string, unknown>;

export interface ListPage {
  data: JsonObject[];
  pagination: { totalElements?: number; elementsPerPage?: number; currentPage?: number; totalPages?: number };
  links: { first?: string; prev?: string; self?: string; next?: string; last?: string; web?: string };
}

/** The path of an absolute API URL on this app's BASE_URL. */
export function pathOf(url: string, base: string): string {
  assert.ok(url.startsWith(`${base}/`), `${url} is not on ${base}`);
  return url.slice(base.length);
}

export async function getJson(
  app: FastifyInstance,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: JsonObject; headers: Record<string, unknown> }> {
  const r = await app.inject({ method: 'GET', url: path, headers });
  const body = r.body ? (JSON.parse(r.body) as JsonObject) : {};
  return { status: r.statusCode, body, headers: r.headers };
}

export async function getList(app: FastifyInstance, path: string): Promise<ListPage> {
  const r = await getJson(app, path);
  assert.equal(r.status, 200, `${path}: ${JSON.stringify(r.body)}`);
  return r.body as unknown as ListPage;
}

/** Every object of a list, following `next` to the end. */
export async function getAll(app: FastifyInstance, base: string, path: string): Promise<{ objects: JsonObject[]; pages: ListPage[] }> {
  const pages: ListPage[] = [];
  let next: string | undefined = path;
  while (next) {
    const page = await getList(app, next);
    pages.push(page);
    assert.ok(pages.length < 1000, 'list does not end');
    next = page.links.next ? pathOf(page.links.next, base) : undefined;
  }
  return { objects: pages.flatMap((p) => p.data), pages };
}
