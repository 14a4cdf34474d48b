/**
 * @module web/site
 * What every request knows once the shell has looked at it: which body it is for and who is
 * asking. Route handlers read `request.site`; nothing else decides visibility.
 */
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import type { Database, Db } from '../db/client.ts';
import type { Body } from '../modules/bodies/index.ts';
import type { Viewer } from '../modules/access/visibility.ts';
import type { FileStorage } from '../modules/files/index.ts';

export interface Site {
  body: Body;
  viewer: Viewer;
}

declare module 'fastify' {
  interface FastifyRequest {
    site: Site;
  }
}

/** What route modules get from the shell. */
export interface RouteDeps {
  db: Db;
  database: Database;
  storage: FileStorage;
  config: Config;
  /** The clock, replaceable in tests. */
  now: () => Date;
}

export type RouteModule = (app: FastifyInstance, deps: RouteDeps) => void;
