/**
 * @module locations/admin.routes — `/verwaltung/sitzungsorte`: list, search and pages for whoever
 * reads master data; creating, changing, ending, restoring and deleting with 'locations.change'
 * (the Sitzungsdienst and the administration). Everyone else gets 404 from the shell.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { may } from '../../access/index.ts';
import { sendBadRequest, sendNotFound } from '../../http/errors.ts';
import { field, formOf, positiveId, type FormBody } from '../../http/forms.ts';
import { param, type ZodTypeProvider } from '../../http/input.ts';
import { actorOf, formVersion, staleMessage, type FieldProblems } from '../../http/master-form.ts';
import { sendPage } from '../../http/render.ts';
import { staffRoute, type RouteDeps } from '../../http/site.ts';
import { normalDay } from '../../lib/form-values.ts';
import { berlinDate } from '../../lib/format.ts';
import { z } from '../../lib/validation.ts';
import { recordHistory } from '../audit/index.ts';
import {
  createLocation,
  deleteLocation,
  endLocation,
  findLocation,
  listLocations,
  LOCATION_KIND,
  locationLabels,
  locationUsage,
  restoreLocation,
  updateLocation,
  type LocationError,
  type LocationRecord,
} from './locations.admin.ts';
import { endDateSchema, parseLocationInput, pointOf, type LocationProblems, type LocationValues } from './locations.input.ts';
import { LOCATIONS_PATH, LocationListView, LocationPageView, type LocationFormValues, type LocationPageProps } from './views/admin/LocationViews.tsx';

const listQuery = z.object({ q: param.text('Suche', 100), beendete: param.flag(), hinweis: param.choice('Hinweis', ['geloescht']) });
const noticeQuery = z.object({ hinweis: param.choice('Hinweis', ['gespeichert', 'angelegt', 'beendet', 'wiederhergestellt']) });
const notices = {
  gespeichert: 'Der Sitzungsort ist gespeichert.',
  angelegt: 'Der Sitzungsort ist angelegt.',
  beendet: 'Der Sitzungsort ist beendet und wird nicht mehr zur Wahl angeboten.',
  wiederhergestellt: 'Der Sitzungsort ist wiederhergestellt.',
} as const;

const staleActionMessage =
  'Jemand anderes hat den Sitzungsort inzwischen gespeichert. Unten steht der neue Stand: Prüfen Sie ihn und versuchen Sie es dann erneut.';

// form field name by input key
const formNames = {
  description: 'bezeichnung',
  streetAddress: 'strasse',
  postalCode: 'plz',
  locality: 'ort',
  subLocality: 'ortsteil',
  room: 'raum',
  latitude: 'breite',
  longitude: 'laenge',
  accessibility: 'barrierefreiheit',
} as const satisfies Record<keyof LocationValues, keyof LocationFormValues>;

const byFormName = (problems: LocationProblems): FieldProblems =>
  Object.fromEntries(Object.entries(problems).map(([key, message]) => [formNames[key as keyof LocationValues], message]));

const decimalText = (n: number | undefined) => (n === undefined ? '' : String(n).replace('.', ','));

function storedValues(l: LocationRecord): LocationFormValues {
  const point = pointOf(l.geojson);
  return {
    bezeichnung: l.description,
    strasse: l.streetAddress ?? '',
    plz: l.postalCode ?? '',
    ort: l.locality ?? '',
    ortsteil: l.subLocality ?? '',
    raum: l.room ?? '',
    breite: decimalText(point?.latitude),
    laenge: decimalText(point?.longitude),
    barrierefreiheit: l.accessibility ?? '',
  };
}

const formValues = (form: FormBody): LocationFormValues =>
  Object.fromEntries(Object.values(formNames).map((name) => [name, field(form, name)])) as unknown as LocationFormValues;

const inputValues = (v: LocationFormValues): LocationValues =>
  Object.fromEntries(Object.entries(formNames).map(([key, name]) => [key, v[name]])) as unknown as LocationValues;

function conflictOf(mine: LocationFormValues, stored: LocationRecord): NonNullable<LocationPageProps['conflict']> {
  const theirs = storedValues(stored);
  const rows = (Object.keys(formNames) as (keyof LocationValues)[]).map((key) => {
    const label = key === 'latitude' ? 'Breite' : key === 'longitude' ? 'Länge' : locationLabels[key];
    return { label, mine: mine[formNames[key]], stored: theirs[formNames[key]] };
  });
  return { message: staleMessage, rows };
}

const versionMissing = 'Dem Formular fehlt der Bearbeitungsstand. Bitte laden Sie die Seite neu.';

export function locationAdminRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const today = () => berlinDate(deps.now());

  const page = (request: FastifyRequest, reply: FastifyReply, props: Omit<LocationPageProps, 'bodyName' | 'mayChange' | 'today'>, status = 200) =>
    sendPage(
      reply,
      <LocationPageView bodyName={request.site.body.name} mayChange={may(request.site.viewer, 'locations.change')} today={today()} {...props} />,
      status,
    );

  /** The stored place's page, with its history and who refers to it. */
  const recordPage = async (request: FastifyRequest, reply: FastifyReply, location: LocationRecord, props: Partial<LocationPageProps>, status = 200) => {
    const [history, usage] = await Promise.all([recordHistory(deps.db, request.site.body.id, LOCATION_KIND, location.id), locationUsage(deps.db, location.id)]);
    const otherShape = location.geojson !== null && location.geojson !== undefined && pointOf(location.geojson) === null;
    return page(request, reply, { location, values: storedValues(location), version: location.version, history, usage, otherShape, ...props }, status);
  };

  /** What a refused end, restore or delete shows: the stored place with the reason. */
  const refused = async (request: FastifyRequest, reply: FastifyReply, id: number, error: LocationError) => {
    if (error.kind === 'missing') return sendNotFound(request, reply);
    if (error.kind === 'stale') return recordPage(request, reply, error.stored, { general: [staleActionMessage] }, 409);
    const location = await findLocation(deps.db, request.site.body.id, id);
    return location ? recordPage(request, reply, location, { general: [error.message] }, 409) : sendNotFound(request, reply);
  };

  route.get(LOCATIONS_PATH, { ...staffRoute('masterData.read'), schema: { querystring: listQuery } }, async (request, reply) => {
    const { body, viewer } = request.site;
    const { q, beendete, hinweis } = request.query;
    const found = await listLocations(deps.db, body.id, { text: q, ended: beendete });
    const notice = hinweis === 'geloescht' ? 'Der Sitzungsort ist gelöscht.' : undefined;
    return sendPage(
      reply,
      <LocationListView bodyName={body.name} locations={found} text={q ?? ''} ended={beendete} mayChange={may(viewer, 'locations.change')} notice={notice} />,
    );
  });

  const empty: LocationFormValues = { bezeichnung: '', strasse: '', plz: '', ort: '', ortsteil: '', raum: '', breite: '', laenge: '', barrierefreiheit: '' };
  route.get(`${LOCATIONS_PATH}/neu`, staffRoute('locations.change'), async (request, reply) => page(request, reply, { values: empty }));

  route.post(`${LOCATIONS_PATH}/neu`, staffRoute('locations.change'), async (request, reply) => {
    const values = formValues(formOf(request));
    const input = parseLocationInput(inputValues(values));
    if (!input.ok) return page(request, reply, { values, problems: byFormName(input.error) }, 400);
    const created = await createLocation(deps.db, request.site.body.id, input.value, actorOf(request));
    return reply.redirect(`${LOCATIONS_PATH}/${created.id}?hinweis=angelegt`, 303);
  });

  const load = async (request: { params: { id: string }; site: FastifyRequest['site'] }) => {
    const id = positiveId(request.params.id);
    const location = id === undefined ? undefined : await findLocation(deps.db, request.site.body.id, id);
    return location;
  };

  route.get(
    `${LOCATIONS_PATH}/:id`,
    { ...staffRoute('masterData.read', { id: 'location' }), schema: { params: z.object({ id: z.string() }), querystring: noticeQuery } },
    async (request, reply) => {
      const location = await load(request);
      if (!location) return sendNotFound(request, reply);
      const { hinweis } = request.query;
      return recordPage(request, reply, location, { notice: hinweis ? notices[hinweis] : undefined });
    },
  );

  const change = staffRoute('locations.change', { id: 'location' });
  route.post<{ Params: { id: string } }>(`${LOCATIONS_PATH}/:id`, change, async (request, reply) => {
    const location = await load(request);
    if (!location) return sendNotFound(request, reply);
    const form = formOf(request);
    const version = formVersion(form);
    if (version === undefined) return sendBadRequest(request, reply, versionMissing);
    const values = formValues(form);
    const input = parseLocationInput(inputValues(values));
    if (!input.ok) return recordPage(request, reply, location, { values, version, problems: byFormName(input.error) }, 400);
    const saved = await updateLocation(deps.db, request.site.body.id, location.id, version, input.value, actorOf(request));
    if (saved.ok) return reply.redirect(`${LOCATIONS_PATH}/${location.id}?hinweis=gespeichert`, 303);
    if (saved.error.kind !== 'stale') return sendNotFound(request, reply);
    // the form now carries the stored version: saving again keeps the user's values on purpose
    return recordPage(request, reply, saved.error.stored, { values, conflict: conflictOf(values, saved.error.stored) }, 409);
  });

  route.post<{ Params: { id: string } }>(`${LOCATIONS_PATH}/:id/beenden`, change, async (request, reply) => {
    const location = await load(request);
    if (!location) return sendNotFound(request, reply);
    const form = formOf(request);
    const version = formVersion(form);
    if (version === undefined) return sendBadRequest(request, reply, versionMissing);
    const day = endDateSchema.safeParse(normalDay(field(form, 'ende')));
    if (!day.success) return recordPage(request, reply, location, { general: [day.error.issues[0]?.message ?? 'Bitte geben Sie ein Datum an.'] }, 400);
    const ended = await endLocation(deps.db, request.site.body.id, location.id, version, day.data, actorOf(request));
    return ended.ok ? reply.redirect(`${LOCATIONS_PATH}/${location.id}?hinweis=beendet`, 303) : refused(request, reply, location.id, ended.error);
  });

  route.post<{ Params: { id: string } }>(`${LOCATIONS_PATH}/:id/wiederherstellen`, change, async (request, reply) => {
    const location = await load(request);
    if (!location) return sendNotFound(request, reply);
    const version = formVersion(formOf(request));
    if (version === undefined) return sendBadRequest(request, reply, versionMissing);
    const restored = await restoreLocation(deps.db, request.site.body.id, location.id, version, actorOf(request));
    return restored.ok
      ? reply.redirect(`${LOCATIONS_PATH}/${location.id}?hinweis=wiederhergestellt`, 303)
      : refused(request, reply, location.id, restored.error);
  });

  route.post<{ Params: { id: string } }>(`${LOCATIONS_PATH}/:id/loeschen`, change, async (request, reply) => {
    const location = await load(request);
    if (!location) return sendNotFound(request, reply);
    const version = formVersion(formOf(request));
    if (version === undefined) return sendBadRequest(request, reply, versionMissing);
    const deleted = await deleteLocation(deps.db, request.site.body.id, location.id, version, actorOf(request));
    return deleted.ok ? reply.redirect(`${LOCATIONS_PATH}?hinweis=geloescht`, 303) : refused(request, reply, location.id, deleted.error);
  });
}
