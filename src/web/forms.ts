/**
 * @module web/forms
 * Reading url-encoded form bodies: one text value per field, trimmed where it is not a secret,
 * and the safe target of a „weiter“ link.
 */
import type { FastifyRequest } from 'fastify';

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

/** Only a path on this site: „/mein-bereich“, never „//evil.example“ or „https://…“. */
export function safeNext(value: string | undefined, fallback: string): string {
  return value && /^\/(?![/\\])[^\s\\]*$/.test(value) && value.length < 500 ? value : fallback;
}

export function positiveId(value: string | undefined): number | undefined {
  return value !== undefined && /^\d{1,9}$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}
