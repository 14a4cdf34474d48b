/**
 * @module bodies/body-resolver
 * Which body a request belongs to. A computing centre maps host names to bodies (BODY_HOSTS);
 * an installation with a single body needs no mapping and serves it on any host. The answer
 * names the host as configured, so that links are built from configuration, never from what a
 * client wrote into a header.
 */
import type { Db } from '../../db/client.ts';
import { listBodies, type Body } from './bodies.repo.ts';

/**
 * Bodies change rarely (a CLI command creates one, the back office edits its settings); they are
 * re-read when this old, and at once after a change in this process (`refresh`).
 */
const REFRESH_MS = 5_000;

export class BodyResolver {
  private bodies: Body[] = [];
  private loadedAt = 0;
  private loading: Promise<void> | undefined;

  constructor(
    private readonly db: Db,
    private readonly hostMap: Map<string, string>,
  ) {}

  async refresh(): Promise<void> {
    this.bodies = await listBodies(this.db);
    this.loadedAt = Date.now();
  }

  /**
   * The body for a request's host, and that host as BODY_HOSTS writes it (undefined without a
   * mapping); undefined when no body answers there.
   */
  async resolve(requestHost: string | undefined): Promise<{ body: Body; configuredHost: string | undefined } | undefined> {
    // another instance may have changed a body's settings: a row is at most this old
    if (Date.now() - this.loadedAt >= REFRESH_MS) {
      this.loading ??= this.refresh().finally(() => {
        this.loading = undefined;
      });
      await this.loading;
    }
    return this.lookup(requestHost);
  }

  private lookup(requestHost: string | undefined): { body: Body; configuredHost: string | undefined } | undefined {
    if (this.hostMap.size === 0) return this.bodies[0] ? { body: this.bodies[0], configuredHost: undefined } : undefined;
    const withPort = (requestHost ?? '').toLowerCase();
    // a mapping may name the port (localhost:3000=kreis); otherwise any port of the host
    const configuredHost = this.hostMap.has(withPort) ? withPort : withPort.replace(/:\d+$/, '');
    const key = this.hostMap.get(configuredHost);
    const body = key === undefined ? undefined : this.bodies.find((b) => b.key === key);
    return body ? { body, configuredHost } : undefined;
  }
}
