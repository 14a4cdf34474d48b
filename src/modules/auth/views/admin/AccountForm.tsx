/**
 * @module auth/views/admin/AccountForm
 * The account form, new and edit alike: plain controls without script. A rejected form shows
 * every value as it was sent.
 */
import { Field, PostForm } from '../../../../ui/forms.tsx';
import type { AccountFormOptions, AccountFormValues, NamedOption } from '../../account-form.ts';
import { roleLabels } from '../../accounts.ts';

function OptionSelect(props: { id: string; name: string; label: string; hint: string; empty: string; value: string; options: NamedOption[] }) {
  const hintId = `${props.id}-hinweis`;
  return (
    <p class="field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} name={props.name} aria-describedby={hintId}>
        <option value="" selected={props.value === ''}>
          {props.empty}
        </option>
        {props.options.map((o) => (
          <option value={String(o.id)} selected={props.value === String(o.id)}>
            {o.name}
          </option>
        ))}
      </select>
      <span class="field-hint" id={hintId}>
        {props.hint}
      </span>
    </p>
  );
}

function RoleBoxes(props: { legend: string; hint: string; empty: string; items: { value: string; label: string }[]; checked: string[] }) {
  return (
    <fieldset class="role-group">
      <legend>{props.legend}</legend>
      <p class="field-hint">{props.hint}</p>
      {props.items.length === 0 ? (
        <p>{props.empty}</p>
      ) : (
        <ul class="checkbox-list">
          {props.items.map((item) => {
            const id = `rolle-${item.value.replace(':', '-')}`;
            return (
              <li>
                <input type="checkbox" id={id} name="rolle" value={item.value} checked={props.checked.includes(item.value)} />
                <label for={id}>{item.label}</label>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}

export function AccountForm(props: {
  action: string;
  label: string;
  submit: string;
  values: AccountFormValues;
  options: AccountFormOptions;
  version?: number;
}) {
  const { values, options } = props;
  return (
    <PostForm action={props.action} class="stack-form account-form" aria-label={props.label}>
      {props.version !== undefined ? <input type="hidden" name="version" value={String(props.version)} /> : null}
      <Field id="konto-name" name="name" label="Name" value={values.displayName} autocomplete="off" required maxlength={200} />
      <Field
        id="konto-email"
        name="email"
        type="email"
        label="E-Mail-Adresse"
        value={values.email}
        autocomplete="off"
        required
        maxlength={200}
        hint="Zugleich der Anmeldename."
      />
      <OptionSelect
        id="konto-person"
        name="person"
        label="Verknüpfte Person"
        hint="Für Mandatsträger/innen: Ihre Rechte folgen den Mitgliedschaften dieser Person."
        empty="keine"
        value={values.personId}
        options={options.persons}
      />
      <OptionSelect
        id="konto-einheit"
        name="einheit"
        label="Organisationseinheit der Verwaltung"
        hint="Für Beschäftigte der Verwaltung: der Bereich, in dem die Person arbeitet."
        empty="keine"
        value={values.unitId}
        options={options.units}
      />
      <RoleBoxes
        legend="Rollen"
        hint="Mandatsträger/in braucht eine verknüpfte Person. Administration darf Konten und Rollen verwalten und das Protokoll lesen."
        empty=""
        items={[
          { value: 'mandatstraeger', label: roleLabels.mandatstraeger },
          { value: 'administration', label: roleLabels.administration },
        ]}
        checked={values.roles}
      />
      <RoleBoxes
        legend="Sachbearbeitung für"
        hint="Sieht die nichtöffentlichen Vorlagen, für die diese Organisationseinheiten federführend sind, mit ihren Tagesordnungspunkten und Anlagen."
        empty="Es gibt keine Organisationseinheiten der Verwaltung."
        items={options.units.map((u) => ({ value: `sachbearbeitung:${u.id}`, label: u.name }))}
        checked={values.roles}
      />
      <RoleBoxes
        legend="Sitzungsdienst für"
        hint="Betreut die Sitzungen dieser Gremien und sieht deren nichtöffentliche Inhalte."
        empty="Es gibt keine Gremien."
        items={options.gremien.map((g) => ({ value: `sitzungsdienst:${g.id}`, label: g.name }))}
        checked={values.roles}
      />
      {props.version !== undefined ? (
        <fieldset class="role-group">
          <legend>Zugang</legend>
          <p>
            <input
              type="checkbox"
              id="konto-deaktiviert"
              name="deaktiviert"
              value="ja"
              checked={values.disabled}
              aria-describedby="konto-deaktiviert-hinweis"
            />
            <label for="konto-deaktiviert">deaktiviert</label>
          </p>
          <p class="field-hint" id="konto-deaktiviert-hinweis">
            Ein deaktiviertes Konto kann sich nicht anmelden; laufende Sitzungen enden beim Speichern.
          </p>
        </fieldset>
      ) : null}
      <p>
        <button type="submit">{props.submit}</button>
      </p>
    </PostForm>
  );
}
