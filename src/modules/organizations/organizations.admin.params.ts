/**
 * @module organizations/admin.params
 * The request side of `/verwaltung/gremien`: the list's query string, the notices after a
 * change, and the form's field names (German, `feld-<name>` ids) mapped to the domain's keys.
 */
import { field, type FormBody } from '../../http/forms.ts';
import { param } from '../../http/input.ts';
import type { FieldProblems } from '../../http/master-form.ts';
import { z } from '../../lib/validation.ts';
import type { OrganizationDraft } from './organizations.input.ts';
import { organizationKinds } from './organizations.kinds.ts';

export const ADMIN_PATH = '/verwaltung/gremien';

export const stateChoices = ['laufend', 'beendet', 'alle'] as const;
export type StateChoice = (typeof stateChoices)[number];
/** „sonstige“: rows of none of the five Arten (external Gremien, parties …). */
export const kindFilterChoices = [...organizationKinds, 'sonstige'] as const;
export type KindFilter = (typeof kindFilterChoices)[number];

export const listQuery = z.object({
  q: param.text('Suche', 100),
  art: param.choice('Art', kindFilterChoices),
  stand: param.choice('Stand', stateChoices),
  hinweis: param.choice('Hinweis', ['geloescht']),
});

export const notices = {
  angelegt: 'Angelegt. Die Organisation steht jetzt auch auf der Website und in der OParl-Schnittstelle.',
  gespeichert: 'Gespeichert.',
  unveraendert: 'Nichts geändert: Das Formular enthielt den gespeicherten Stand.',
  beendet: 'Beendet. Sie bleibt mit ihren Sitzungen und Vorlagen sichtbar.',
  wiederhergestellt: 'Wiederhergestellt: Sie hat kein Ende mehr.',
} as const;
export type Notice = keyof typeof notices;
export const pageQuery = z.object({ hinweis: param.choice('Hinweis', Object.keys(notices) as [Notice, ...Notice[]]) });

/** Form field name per domain key. */
export const formNames: Record<keyof OrganizationDraft, string> = {
  kind: 'art',
  name: 'name',
  shortName: 'kurzname',
  parentId: 'uebergeordnet',
  startDate: 'beginn',
  endDate: 'enddatum',
  website: 'website',
  locationId: 'sitzungsort',
  seats: 'sitze',
};

export function draftOf(form: FormBody): OrganizationDraft {
  const read = (key: keyof OrganizationDraft) => field(form, formNames[key]);
  return {
    kind: read('kind'),
    name: read('name'),
    shortName: read('shortName'),
    parentId: read('parentId'),
    startDate: read('startDate'),
    endDate: read('endDate'),
    website: read('website'),
    locationId: read('locationId'),
    seats: read('seats'),
  };
}

/** The domain's problems under the form's field names. */
export function formProblems(problems: Partial<Record<keyof OrganizationDraft, string>>): FieldProblems {
  const out: FieldProblems = {};
  for (const [key, message] of Object.entries(problems)) if (message) out[formNames[key as keyof OrganizationDraft]] = message;
  return out;
}

/** The day of the end/restore form (`ende`, JJJJ-MM-TT), or undefined. */
export function endDayOf(form: FormBody): string | undefined {
  const value = field(form, 'ende');
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  const iso = german ? `${german[3]}-${german[2]?.padStart(2, '0')}-${german[1]?.padStart(2, '0')}` : value;
  const parsed = param.date('Ende').safeParse(iso);
  return parsed.success && parsed.data ? parsed.data : undefined;
}
