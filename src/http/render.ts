/**
 * @module http/render
 * Sends server-rendered JSX. hono/jsx escapes every string it is given; only sanitised section
 * HTML (paper view) and library-made QR SVG (second factor setup) pass through `raw()`.
 * Every page gets the page context: who is logged in, and a CSRF token made on demand.
 */
import type { FastifyReply } from 'fastify';
import type { JSX } from 'hono/jsx/jsx-runtime';
import { jsx } from 'hono/jsx';
import type {} from '@fastify/csrf-protection';
import { permissionsOf } from '../access/index.ts';
import { PageContext, type PageContextValue } from '../ui/page-context.ts';
import { siteIfResolved } from './site.ts';

function contextOf(reply: FastifyReply): PageContextValue {
  // no site when no body answers on this host
  const site = siteIfResolved(reply.request);
  const viewer = site?.viewer;
  let token: string | undefined;
  return {
    account: viewer?.kind === 'account' ? { displayName: viewer.displayName, admin: viewer.admin, permissions: permissionsOf(viewer) } : undefined,
    csrfToken: () => (token ??= reply.generateCsrf()),
    logo: site?.body.logoFileId != null,
  };
}

export async function sendPage(reply: FastifyReply, page: JSX.Element, status = 200): Promise<FastifyReply> {
  const wrapped = jsx(PageContext.Provider, { value: contextOf(reply) }, page);
  const html = `<!doctype html>${await wrapped.toString()}`;
  return reply.code(status).type('text/html; charset=utf-8').send(html);
}
