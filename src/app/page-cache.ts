/**
 * @module app/page-cache
 * Rendered public pages, kept in memory until the data changes. Only what an anonymous reader
 * gets is cached, keyed by body and URL; any committed change anywhere in the database (announced
 * by the triggers of migration 0001, from every process) empties the cache, and no entry lives
 * longer than a minute, since pages also depend on the clock. While the change feed is not
 * connected, nothing is served from the cache.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ChangeListener } from '../db/client.ts';

interface Entry {
  generation: number;
  storedAt: number;
  /** Encoded once: a large answer (an OParl list page) is not turned into bytes on every hit. */
  bytes: Buffer;
  contentType: string;
  /** Kept so that a client holding the answer gets 304 from the cache too. */
  etag: string | undefined;
}

export class PageCache implements ChangeListener {
  private generation = 0;
  private listening = false;
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  /**
   * @param maxAgeMs pages also depend on the clock (which sessions are upcoming, the current
   *   Wahlperiode), so an entry is re-rendered after this long even when no data changed.
   */
  constructor(
    private readonly maxBytes = 64 * 1024 * 1024,
    private readonly maxAgeMs = 60_000,
    private readonly clock: () => number = Date.now,
  ) {}

  onChange(): void {
    this.generation++;
    this.clear();
  }

  onStatus(listening: boolean): void {
    this.listening = listening;
    this.onChange();
  }

  /** The generation a response starts rendering in; it is stored only if still current. */
  token(): number | undefined {
    return this.listening ? this.generation : undefined;
  }

  get(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry || !this.listening || entry.generation !== this.generation) return undefined;
    if (this.clock() - entry.storedAt > this.maxAgeMs) {
      this.entries.delete(key);
      this.bytes -= entry.bytes.byteLength;
      return undefined;
    }
    // most recently used last
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, token: number, body: string, contentType: string, etag?: string): void {
    if (!this.listening || token !== this.generation || body.length > this.maxBytes / 16) return;
    const previous = this.entries.get(key);
    if (previous) this.bytes -= previous.bytes.byteLength;
    this.entries.delete(key);
    const bytes = Buffer.from(body);
    this.entries.set(key, { generation: token, storedAt: this.clock(), bytes, contentType, etag });
    this.bytes += bytes.byteLength;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.bytes.byteLength;
    }
  }

  get size(): number {
    return this.entries.size;
  }

  private clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Cache the 200 answer for anonymous readers (public pages only). */
    pageCache?: boolean;
  }
  interface FastifyRequest {
    pageCacheToken?: number;
  }
}

// the host is part of the key: canonical links on a page follow the host it was asked for
const keyOf = (request: FastifyRequest) => `${request.site.body.id} ${request.host.toLowerCase()} ${request.url}`;

/** Hooks: call `serveFromCache` after the site is known; responses are stored in onSend. */
export function installPageCache(app: FastifyInstance, cache: PageCache) {
  app.addHook('onSend', async (request, reply, payload) => {
    const token = request.pageCacheToken;
    if (token !== undefined && reply.statusCode === 200 && typeof payload === 'string') {
      const etag = reply.getHeader('etag');
      cache.set(
        keyOf(request),
        token,
        payload,
        String(reply.getHeader('content-type') ?? 'text/html; charset=utf-8'),
        typeof etag === 'string' ? etag : undefined,
      );
    }
    return payload;
  });

  return async function serveFromCache(request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
    const cacheable =
      request.routeOptions.config.pageCache === true && (request.method === 'GET' || request.method === 'HEAD') && request.site.viewer.kind === 'anonymous';
    if (!cacheable) return false;
    const hit = cache.get(keyOf(request));
    if (!hit) {
      request.pageCacheToken = cache.token();
      return false;
    }
    reply.header('x-gremia-cache', 'hit');
    if (hit.etag) {
      reply.header('etag', hit.etag);
      if (request.headers['if-none-match'] === hit.etag) {
        await reply.code(304).send();
        return true;
      }
    }
    await reply.type(hit.contentType).send(hit.bytes);
    return true;
  };
}
