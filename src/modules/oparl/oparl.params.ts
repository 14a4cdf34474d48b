/** @module oparl/params — the OParl list and object parameters as the input layer sees them. */
import { z } from '../../lib/validation.ts';
import type { InputKind } from '../../http/input.ts';
import { parameterOrder, parseParams } from './oparl.lists.ts';

/**
 * The query schema of an OParl route for the input layer: parseParams over the raw values (so
 * unknown and repeated parameters are named), with the parameters declared for the route registry.
 */
export function oparlQuerySchema(allowed: 'list' | 'object') {
  const names: readonly string[] = allowed === 'list' ? parameterOrder : ['omit_internal'];
  const kinds: Record<string, InputKind> = Object.fromEntries(
    names.map((n) => [n, n === 'limit' || n === 'page' ? 'number' : n === 'omit_internal' ? 'choice' : 'date']),
  );
  return z
    .record(z.string(), z.unknown())
    .transform((query, ctx) => {
      const parsed = parseParams(query, allowed);
      if (parsed.ok) return parsed.value;
      ctx.addIssue({ code: 'custom', message: parsed.error });
      return z.NEVER;
    })
    .meta({ parameters: kinds });
}
