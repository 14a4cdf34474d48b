/**
 * @module people/admin.params
 * The person and membership forms as sent: their values as typed (shown again when refused) and
 * the checked input, or the German message per field. The rules are the domain's
 * (person-rules, membership-rules); this file only reads the form body.
 */
import { field, type FormBody } from '../../http/forms.ts';
import { problemsByField, type FieldProblems } from '../../http/master-form.ts';
import type { MembershipRecord } from './membership-records.ts';
import { parseMembership, type MembershipFormFields, type MembershipInput } from './membership-rules.ts';
import type { PersonRecord } from './person-records.ts';
import { parsePerson, titleText, type PersonFormFields, type PersonInput } from './person-rules.ts';

type Read<V, I> = { values: V; input: { ok: true; value: I } | { ok: false; problems: FieldProblems } };

export const emptyPersonValues: PersonFormFields = { anrede: '', titel: '', vorname: '', nachname: '', fraktion: '', email: '', telefon: '', sachkundig: '' };

export function personValuesOf(p: PersonRecord): PersonFormFields {
  return {
    anrede: p.formOfAddress ?? '',
    titel: titleText(p.title),
    vorname: p.givenName ?? '',
    nachname: p.familyName,
    fraktion: p.fraktion ? String(p.fraktion.id) : '',
    email: p.email.join(', '),
    telefon: p.phone.join(', '),
    sachkundig: p.citizenMember ? 'ja' : '',
  };
}

export function readPersonForm(form: FormBody, keepAddress: string | null): Read<PersonFormFields, PersonInput> {
  const values: PersonFormFields = {
    anrede: field(form, 'anrede'),
    titel: field(form, 'titel'),
    vorname: field(form, 'vorname'),
    nachname: field(form, 'nachname'),
    fraktion: field(form, 'fraktion'),
    email: field(form, 'email'),
    telefon: field(form, 'telefon'),
    sachkundig: field(form, 'sachkundig') === 'ja' ? 'ja' : '',
  };
  const parsed = parsePerson(values, keepAddress);
  return { values, input: parsed.ok ? parsed : { ok: false, problems: problemsByField(parsed.problems) } };
}

export const emptyMembershipValues: MembershipFormFields = {
  person: '',
  gremium: '',
  rolle: 'Mitglied',
  stimmrecht: '',
  beginn: '',
  ende: '',
  vertritt: '',
  fraktion: '',
};

export function membershipValuesOf(m: MembershipRecord): MembershipFormFields {
  const opt = (id: number | null) => (id === null ? '' : String(id));
  return {
    person: String(m.personId),
    gremium: String(m.organizationId),
    rolle: m.role,
    stimmrecht: m.votingRight ? 'ja' : 'nein',
    beginn: m.startDate ?? '',
    ende: m.endDate ?? '',
    vertritt: opt(m.representsPersonId),
    fraktion: opt(m.onBehalfOfId),
  };
}

export function readMembershipForm(form: FormBody, options: { keepRole?: string | null; requireStart: boolean }): Read<MembershipFormFields, MembershipInput> {
  const values: MembershipFormFields = {
    person: field(form, 'person'),
    gremium: field(form, 'gremium'),
    rolle: field(form, 'rolle'),
    stimmrecht: field(form, 'stimmrecht'),
    beginn: field(form, 'beginn'),
    ende: field(form, 'ende'),
    vertritt: field(form, 'vertritt'),
    fraktion: field(form, 'fraktion'),
  };
  const parsed = parseMembership(values, options);
  return { values, input: parsed.ok ? parsed : { ok: false, problems: problemsByField(parsed.problems) } };
}
