/**
 * @module web/render
 * Sends server-rendered JSX. hono/jsx escapes every string it is given; only sanitised section
 * HTML passes through `raw()`, in the paper view.
 */
import type { FastifyReply } from 'fastify';
import type { JSX } from 'hono/jsx/jsx-runtime';

export async function sendPage(reply: FastifyReply, page: JSX.Element, status = 200): Promise<FastifyReply> {
  const html = `<!doctype html>${await page.toString()}`;
  return reply.code(status).type('text/html; charset=utf-8').send(html);
}
