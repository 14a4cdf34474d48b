/**
 * @module bodies/settings.admin.routes — `/verwaltung/einstellungen`: the body's settings, for
 * the administration only ('bodySettings.change'; everyone else gets 404 from the shell). The
 * save is a `changesBody` route: the shell re-reads the bodies, so the next page shows the new name.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendBadRequest, sendNotFound } from '../../http/errors.ts';
import { field, formOf, type FormBody } from '../../http/forms.ts';
import { param, type ZodTypeProvider } from '../../http/input.ts';
import { actorOf, formVersion, staleMessage, type FieldProblems } from '../../http/master-form.ts';
import { sendPage } from '../../http/render.ts';
import { staffRoute, type RouteDeps } from '../../http/site.ts';
import { berlinDate } from '../../lib/format.ts';
import { z } from '../../lib/validation.ts';
import { recordHistory } from '../audit/index.ts';
import { exampleReference } from './reference-format.ts';
import {
  BODY_KIND,
  findBodySettings,
  LEGAL_NOTICE_DAYS,
  paperTypesOf,
  parseSettingsInput,
  saveBodySettings,
  settingsLabels,
  type SettingsProblems,
  type StoredBodySettings,
} from './settings.admin.ts';
import { BodySettingsView, SETTINGS_PATH, type BodySettingsProps, type SettingsFormValues } from './views/admin/BodySettingsView.tsx';

const noticeQuery = z.object({ hinweis: param.choice('Hinweis', ['gespeichert']) });
const settings = staffRoute('bodySettings.change');
/** More rows than any body has Vorlagenarten; the rest of a forged form is ignored. */
const MAX_TYPES = 40;

// form field names of the plain fields, by input key
const formNames = {
  name: 'name',
  shortName: 'kurzname',
  website: 'website',
  contactName: 'kontakt-name',
  contactEmail: 'kontakt-email',
  contactPhone: 'kontakt-telefon',
  contactAddress: 'kontakt-anschrift',
  noticeDays: 'ladungsfrist',
} as const satisfies Record<keyof typeof settingsLabels, keyof SettingsFormValues>;

const byFormName = (problems: SettingsProblems): FieldProblems =>
  Object.fromEntries(
    Object.entries(problems).map(([key, message]) => [
      key.startsWith('format:') ? `format-${key.slice(7)}` : ((formNames as Record<string, string>)[key] ?? key),
      message,
    ]),
  );

function storedValues(s: StoredBodySettings, types: readonly string[]): SettingsFormValues {
  return {
    name: s.name,
    kurzname: s.shortName ?? '',
    website: s.website ?? '',
    'kontakt-name': s.contactName ?? '',
    'kontakt-email': s.contactEmail ?? '',
    'kontakt-telefon': s.contactPhone ?? '',
    'kontakt-anschrift': s.contactAddress ?? '',
    ladungsfrist: String(s.noticeDays),
    formats: types.map((paperType) => ({ paperType, format: s.referenceFormats[paperType] ?? '' })),
  };
}

function formValues(form: FormBody): SettingsFormValues {
  const formats: SettingsFormValues['formats'] = [];
  for (let i = 0; i < MAX_TYPES && form[`art-${i}`] !== undefined; i++) {
    const paperType = field(form, `art-${i}`).slice(0, 100);
    if (paperType !== '') formats.push({ paperType, format: field(form, `format-${i}`) });
  }
  return {
    name: field(form, 'name'),
    kurzname: field(form, 'kurzname'),
    website: field(form, 'website'),
    'kontakt-name': field(form, 'kontakt-name'),
    'kontakt-email': field(form, 'kontakt-email'),
    'kontakt-telefon': field(form, 'kontakt-telefon'),
    'kontakt-anschrift': field(form, 'kontakt-anschrift'),
    ladungsfrist: field(form, 'ladungsfrist'),
    formats,
  };
}

function conflictOf(mine: SettingsFormValues, stored: SettingsFormValues): NonNullable<BodySettingsProps['conflict']> {
  const rows: { label: string; mine: string; stored: string }[] = (Object.keys(formNames) as (keyof typeof formNames)[]).map((key) => ({
    label: settingsLabels[key],
    mine: mine[formNames[key]],
    stored: stored[formNames[key]],
  }));
  for (const f of mine.formats)
    rows.push({ label: `Aktenzeichen ${f.paperType}`, mine: f.format, stored: stored.formats.find((s) => s.paperType === f.paperType)?.format ?? '' });
  return { message: staleMessage, rows };
}

export function bodySettingsRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const year = () => Number(berlinDate(deps.now()).slice(0, 4));
  const withExamples = (values: SettingsFormValues): SettingsFormValues => ({
    ...values,
    formats: values.formats.map((f) => ({ ...f, example: f.format.trim() ? exampleReference(f.format, year()) : undefined })),
  });

  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    props: Omit<BodySettingsProps, 'bodyName' | 'legalNoticeDays' | 'history'>,
    status = 200,
  ) => {
    const history = await recordHistory(deps.db, request.site.body.id, BODY_KIND, request.site.body.id);
    return sendPage(
      reply,
      <BodySettingsView
        bodyName={request.site.body.name}
        legalNoticeDays={LEGAL_NOTICE_DAYS}
        history={history}
        {...props}
        values={withExamples(props.values)}
      />,
      status,
    );
  };

  app.withTypeProvider<ZodTypeProvider>().get(SETTINGS_PATH, { ...settings, schema: { querystring: noticeQuery } }, async (request, reply) => {
    const bodyId = request.site.body.id;
    const stored = await findBodySettings(deps.db, bodyId);
    if (!stored) return sendNotFound(request, reply);
    const types = await paperTypesOf(deps.db, bodyId, stored.referenceFormats);
    const notice = request.query.hinweis === 'gespeichert' ? 'Die Einstellungen sind gespeichert und im Portal zu sehen.' : undefined;
    return render(request, reply, { values: storedValues(stored, types), version: stored.version, notice });
  });

  app.post(SETTINGS_PATH, { config: { ...settings.config, changesBody: true } }, async (request, reply) => {
    const bodyId = request.site.body.id;
    const form = formOf(request);
    const version = formVersion(form);
    if (version === undefined) return sendBadRequest(request, reply, 'Dem Formular fehlt der Bearbeitungsstand. Bitte laden Sie die Seite neu.');
    const values = formValues(form);
    const input = parseSettingsInput({
      name: values.name,
      shortName: values.kurzname,
      website: values.website,
      contactName: values['kontakt-name'],
      contactEmail: values['kontakt-email'],
      contactPhone: values['kontakt-telefon'],
      contactAddress: values['kontakt-anschrift'],
      noticeDays: values.ladungsfrist,
      referenceFormats: values.formats,
    });
    if (!input.ok) return render(request, reply, { values, version, problems: byFormName(input.error) }, 400);
    if (field(form, 'aktion') === 'vorschau')
      return render(request, reply, { values, version, notice: 'Vorschau: Die Beispiele unten zeigen Ihre Eingaben. Noch ist nichts gespeichert.' });
    const saved = await saveBodySettings(deps.db, bodyId, version, input.value, actorOf(request));
    // `changesBody`: the shell re-reads the bodies before this answer leaves, so the next page has the new name
    if (saved.ok) return reply.redirect(`${SETTINGS_PATH}?hinweis=gespeichert`, 303);
    if (saved.error.kind === 'missing') return sendNotFound(request, reply);
    const stored = saved.error.stored;
    const storedForm = storedValues(stored, await paperTypesOf(deps.db, bodyId, stored.referenceFormats));
    // the form now carries the stored version: saving again keeps the user's values on purpose
    return render(request, reply, { values, version: stored.version, conflict: conflictOf(values, storedForm) }, 409);
  });
}
