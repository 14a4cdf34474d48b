/** @module members/routes — `/mein-bereich`, private notes, subscriptions and a session's documents as ZIP. */
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../../web/site.ts';

export function memberRoutes(_app: FastifyInstance, _deps: RouteDeps): void {}
