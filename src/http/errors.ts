/**
 * @module http/errors
 * Error answers in one place. A non-public object the viewer may not see and an object that does
 * not exist get the very same 404, so an answer never hints that something hidden exists; for a
 * reader who is not logged in, that 404 offers the login and leads back afterwards.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ErrorPage } from '../ui/ErrorPage.tsx';
import { returnAddress } from './input.ts';
import { sendPage } from './render.ts';
import { siteIfResolved } from './site.ts';

function bodyNameOf(request: FastifyRequest): string {
  // no site when no body answers on this host
  return siteIfResolved(request)?.body.name ?? 'Gremia';
}

/**
 * The login with the way back to this address, for a reader who is not logged in: a member who
 * followed a link to a non-public paper gets there after the login. Offered on every 404 alike,
 * so it says nothing about whether something hidden exists. Only a path of this site comes back.
 */
function loginOffer(request: FastifyRequest): string | undefined {
  const site = siteIfResolved(request);
  if (site?.viewer.kind !== 'anonymous') return undefined;
  if (request.method !== 'GET' && request.method !== 'HEAD') return '/anmelden';
  const back = returnAddress(request.url, '');
  return back ? `/anmelden?weiter=${encodeURIComponent(back)}` : '/anmelden';
}

export function sendNotFound(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  return sendPage(reply, ErrorPage({ bodyName: bodyNameOf(request), status: 404, loginHref: loginOffer(request) }), 404);
}

/** 410: the object was public and is deleted; only for what the public could see before. */
export function sendGone(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  return sendPage(reply, ErrorPage({ bodyName: bodyNameOf(request), status: 410 }), 410);
}

export function sendBadRequest(request: FastifyRequest, reply: FastifyReply, message: string): Promise<FastifyReply> {
  return sendPage(reply, ErrorPage({ bodyName: bodyNameOf(request), status: 400, message }), 400);
}

export function sendServerError(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  return sendPage(reply, ErrorPage({ bodyName: bodyNameOf(request), status: 500 }), 500);
}

/** 403 (a rejected form), 413 (too large), 414 (too long an address), 429 (rate limit): a sentence on what to do. */
export function sendClientError(request: FastifyRequest, reply: FastifyReply, status: 403 | 413 | 414 | 429, message: string): Promise<FastifyReply> {
  return sendPage(reply, ErrorPage({ bodyName: bodyNameOf(request), status, message }), status);
}
