/**
 * @module bodies/body-resolver
 * Which body a request belongs to. A computing centre maps host names to bodies (BODY_HOSTS);
 * an installation with a single body needs no mapping and serves it on any host.
 */
import type { Db } from '../../db/client.ts';
import { listBodies, type Body } from './bodies.repo.ts';

/** Bodies change rarely (a CLI command creates one); re-read them at most this often. */
const REFRESH_MS = 5_000;

export class BodyResolver {
  private bodies: Body[] = [];
  private loadedAt = 0;

  constructor(
    private readonly db: Db,
    private readonly hostMap: Map<string, string>,
  ) {}

  async refresh(): Promise<void> {
    this.bodies = await listBodies(this.db);
    this.loadedAt = Date.now();
  }

  /** The body for a Host header, or undefined when no body answers there. */
  async resolve(hostHeader: string | undefined): Promise<Body | undefined> {
    const found = this.lookup(hostHeader);
    if (found || Date.now() - this.loadedAt < REFRESH_MS) return found;
    await this.refresh();
    return this.lookup(hostHeader);
  }

  private lookup(hostHeader: string | undefined): Body | undefined {
    if (this.hostMap.size === 0) return this.bodies[0];
    const host = (hostHeader ?? '').replace(/:\d+$/, '').toLowerCase();
    const key = this.hostMap.get(host);
    return key === undefined ? undefined : this.bodies.find((b) => b.key === key);
  }
}
