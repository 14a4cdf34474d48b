/**
 * @module auth/admin.params
 * The account form as sent: its values as typed (shown again when refused) and what they ask
 * for, or a German sentence on what is wrong with them. The rules on accounts are in accounts.ts.
 */
import { field, fields, positiveId, type FormBody } from '../../http/forms.ts';
import { err, ok, type Result } from '../../lib/result.ts';
import type { AccountFormValues } from './account-form.ts';
import type { AccountInput, RoleGrant } from './accounts.ts';

const MAX_TEXT = 200;

export function readAccountForm(form: FormBody, withDisabled: boolean): { values: AccountFormValues; input: Result<AccountInput, string> } {
  const values: AccountFormValues = {
    displayName: field(form, 'name'),
    email: field(form, 'email'),
    personId: field(form, 'person'),
    unitId: field(form, 'einheit'),
    roles: [...new Set(fields(form, 'rolle').map((r) => r.trim()))],
    disabled: withDisabled && field(form, 'deaktiviert') === 'ja',
  };
  const problems: string[] = [];
  if (values.displayName.length > MAX_TEXT) problems.push(`Der Name darf höchstens ${MAX_TEXT} Zeichen lang sein.`);
  if (values.email.length > MAX_TEXT) problems.push(`Die E-Mail-Adresse darf höchstens ${MAX_TEXT} Zeichen lang sein.`);
  const optionalId = (value: string, problem: string): number | null => {
    if (value === '') return null;
    const id = positiveId(value);
    if (id === undefined) problems.push(problem);
    return id ?? null;
  };
  const personId = optionalId(values.personId, 'Die gewählte Person gibt es nicht.');
  const unitId = optionalId(values.unitId, 'Die gewählte Organisationseinheit gibt es nicht.');
  const roles: RoleGrant[] = [];
  for (const value of values.roles) {
    if (value === 'mandatstraeger' || value === 'administration') {
      roles.push({ role: value, organizationId: null });
      continue;
    }
    const match = /^(sachbearbeitung|sitzungsdienst):(\d{1,9})$/.exec(value);
    const organizationId = positiveId(match?.[2]);
    if (match && organizationId !== undefined) roles.push({ role: match[1] as 'sachbearbeitung' | 'sitzungsdienst', organizationId });
    else problems.push('Eine der gewählten Rollen gibt es nicht.');
  }
  if (problems.length) return { values, input: err(problems.join(' ')) };
  return { values, input: ok({ displayName: values.displayName, email: values.email, personId, unitId, roles, disabled: values.disabled }) };
}
