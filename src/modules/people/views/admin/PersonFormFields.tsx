/**
 * @module people/views/admin/PersonFormFields
 * The fields of the person form, each with its message beside it, and the same values as text
 * (the read-only page of those who may not change persons, and the two sides of a conflict).
 */
import type { FieldProblems } from '../../../../http/master-form.ts';
import { CheckboxField, InputField, SelectField } from '../../../../ui/master-data.tsx';
import { formsOfAddress, type PersonFormFields } from '../../person-rules.ts';

export interface PersonFieldsProps {
  values: PersonFormFields;
  problems?: FieldProblems | undefined;
  fraktionen: readonly { id: number; name: string }[];
}

/** The Anrede choices, with a stored value outside the list kept. */
function addressChoices(value: string) {
  const choices = formsOfAddress.map((a) => ({ value: a, label: a }));
  return value && !(formsOfAddress as readonly string[]).includes(value) ? [...choices, { value, label: value }] : choices;
}

export function PersonFields({ values: v, problems: p = {}, fraktionen }: PersonFieldsProps) {
  return (
    <>
      <SelectField name="anrede" label="Anrede" value={v.anrede} choices={addressChoices(v.anrede)} empty="keine Anrede" error={p['anrede']} />
      <InputField name="titel" label="Titel" value={v.titel} maxlength={60} hint="Akademischer Titel, etwa „Dr.“" error={p['titel']} />
      <InputField name="vorname" label="Vorname" value={v.vorname} maxlength={100} error={p['vorname']} />
      <InputField name="nachname" label="Nachname" value={v.nachname} maxlength={100} required error={p['nachname']} />
      <SelectField
        name="fraktion"
        label="Fraktion"
        value={v.fraktion}
        choices={fraktionen.map((f) => ({ value: String(f.id), label: f.name }))}
        empty="keine Fraktion"
        hint="Die Fraktion ist eine Mitgliedschaft: Wechselt sie, endet die bisherige zum Vortag und die neue beginnt heute."
        error={p['fraktion']}
      />
      <InputField
        name="email"
        label="E-Mail"
        value={v.email}
        type="text"
        maxlength={300}
        hint="Nicht öffentlich, nur für die Verwaltung. Mehrere Adressen durch Kommas trennen."
        error={p['email']}
      />
      <InputField
        name="telefon"
        label="Telefon"
        value={v.telefon}
        type="tel"
        maxlength={200}
        hint="Nicht öffentlich, nur für die Verwaltung."
        error={p['telefon']}
      />
      <CheckboxField name="sachkundig" label="Sachkundige Bürgerin / sachkundiger Bürger" checked={v.sachkundig === 'ja'} error={p['sachkundig']} />
    </>
  );
}

/** The values as a reader sees them, by field label. */
export function personFieldTexts(v: PersonFormFields, fraktionen: readonly { id: number; name: string }[]): { label: string; text: string }[] {
  return [
    { label: 'Anrede', text: v.anrede },
    { label: 'Titel', text: v.titel },
    { label: 'Vorname', text: v.vorname },
    { label: 'Nachname', text: v.nachname },
    { label: 'Fraktion', text: fraktionen.find((f) => String(f.id) === v.fraktion)?.name ?? '' },
    { label: 'E-Mail', text: v.email },
    { label: 'Telefon', text: v.telefon },
    { label: 'Sachkundige/r Bürger/in', text: v.sachkundig === 'ja' ? 'ja' : 'nein' },
  ];
}

export function PersonFacts(props: { values: PersonFormFields; fraktionen: readonly { id: number; name: string }[] }) {
  return (
    <dl class="meta">
      {personFieldTexts(props.values, props.fraktionen).map((f) => (
        <>
          <dt>{f.label}</dt>
          <dd>{f.text || '–'}</dd>
        </>
      ))}
    </dl>
  );
}
