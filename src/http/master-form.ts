/**
 * @module http/master-form
 * What every back-office form handler needs: the problems of a refused form by field (shown
 * next to each field), the version the form was loaded at (optimistic locking), and who acts.
 */
import type { FastifyRequest } from 'fastify';
import type { z } from '../lib/validation.ts';
import { field, type FormBody } from './forms.ts';

/** German messages by form field name; the view puts each next to its field. */
export type FieldProblems = Record<string, string>;

/** The first message per field of a refused parse; `names` maps schema keys to form names. */
export function problemsByField(error: z.ZodError, names: Record<string, string> = {}): FieldProblems {
  const problems: FieldProblems = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '');
    const name = names[key] ?? key;
    problems[name] ??= issue.message;
  }
  return problems;
}

/** The version the form was loaded at, or undefined when the form carries none (a bad request). */
export function formVersion(form: FormBody): number | undefined {
  const value = field(form, 'version');
  return /^\d{1,9}$/.test(value) ? Number(value) : undefined;
}

/** Who makes a change, by name at the time: the audit log's actor (audit module). */
export function actorOf(request: FastifyRequest): { userId: number | null; name: string; ip: string | null } {
  const { viewer } = request.site;
  if (viewer.kind === 'account') return { userId: viewer.userId, name: viewer.displayName, ip: request.ip };
  return { userId: null, name: 'Verwaltung', ip: request.ip };
}

export const staleMessage =
  'Jemand anderes hat diesen Datensatz gespeichert, während Sie ihn bearbeitet haben. Unten stehen Ihre Eingaben und der inzwischen gespeicherte Stand nebeneinander. Ihre Eingaben sind noch im Formular: Übernehmen Sie, was bleiben soll, und speichern Sie erneut.';
