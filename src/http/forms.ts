/**
 * @module http/forms
 * Reading url-encoded form bodies: one text value per field, trimmed where it is not a secret,
 * and the safe target of a „weiter“ link.
 */
import type { FastifyRequest } from 'fastify';
import { INT4_MAX, returnAddress } from './input.ts';

export type FormBody = Record<string, string | string[] | undefined>;

export function formOf(request: FastifyRequest): FormBody {
  const body = request.body;
  return typeof body === 'object' && body !== null ? (body as FormBody) : {};
}

/** The field's value (the first, when sent twice), or ''. */
export function field(form: FormBody, name: string, options: { trim?: boolean } = {}): string {
  const value = form[name];
  const text = Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
  return options.trim === false ? text : text.trim();
}

/** Every value of a repeated field (checkboxes). */
export function fields(form: FormBody, name: string): string[] {
  const value = form[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** Only a path on this site, encoded for a Location header (see input.returnAddress). */
export function safeNext(value: string | undefined, fallback: string): string {
  return returnAddress(value, fallback);
}

/** A path or form id within the `integer` column, else undefined (the object does not exist). */
export function positiveId(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d{1,10}$/.test(value)) return undefined;
  const id = Number(value);
  return id > 0 && id <= INT4_MAX ? id : undefined;
}
