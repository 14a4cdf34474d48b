/**
 * @module files/logo-routes
 * The body's logo: `/verwaltung/einstellungen/logo` shows it and takes a new one (a PNG, JPEG or
 * WebP picture of at most 5 MB, recognised by its bytes) or removes it, for whoever may change
 * the body's settings; `/logo` serves it to everyone. Its files row stays non-public, so it is in
 * no file list, and `/dateien/<id>` does not give it to the public.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendBadRequest, sendNotFound } from '../../http/errors.ts';
import { field, formOf, positiveId } from '../../http/forms.ts';
import { param, type ZodTypeProvider } from '../../http/input.ts';
import { actorOf, formVersion } from '../../http/master-form.ts';
import { sendPage } from '../../http/render.ts';
import { staffRoute, type RouteDeps } from '../../http/site.ts';
import { readMultipartForm, uploadPolicies } from '../../http/uploads.ts';
import { z } from '../../lib/validation.ts';
import { notModified } from './file-delivery.ts';
import { changeBodyLogo, loadBodyLogo } from './logo.ts';
import { storeUpload } from './uploads.ts';
import { LOGO_FIELD, LogoView, PENDING_FIELD, PENDING_NAME_FIELD, type LogoViewProps } from './views/admin/LogoView.tsx';

const PAGE = '/verwaltung/einstellungen/logo';
const notices = { gespeichert: 'Das Logo ist gespeichert.', entfernt: 'Das Logo ist entfernt.' } as const;
const pageQuery = z.object({ hinweis: param.choice('Hinweis', ['gespeichert', 'entfernt']) });
const settings = staffRoute('bodySettings.change');
const changing = { config: { ...settings.config, changesBody: true } };

const staleMessage =
  'Jemand anderes hat die Einstellungen der Körperschaft gespeichert, während Sie diese Seite offen hatten. Oben sehen Sie, was Sie wollten, und was inzwischen gespeichert ist. Speichern Sie erneut, wenn Ihre Änderung gelten soll.';
const goneMessage = 'Das hochgeladene Bild ist nicht mehr vorhanden. Bitte wählen Sie es noch einmal aus.';
/** A browser keeps the logo a day; after a change it asks again with its ETag at the latest then. */
const LOGO_MAX_AGE = 24 * 60 * 60;

export function bodyLogoRoutes(app: FastifyInstance, deps: RouteDeps): void {
  /** The page as stored now, with whatever the last request adds. */
  async function page(request: FastifyRequest, reply: FastifyReply, extra: Partial<LogoViewProps>, status = 200) {
    const current = await loadBodyLogo(deps.db, request.site.body.id);
    if (!current) return sendNotFound(request, reply);
    return sendPage(reply, <LogoView bodyName={current.body.name} version={current.body.version} logo={current.logo?.fileName} {...extra} />, status);
  }

  app.withTypeProvider<ZodTypeProvider>().get(PAGE, { ...settings, schema: { querystring: pageQuery } }, async (request, reply) => {
    const { hinweis } = request.query;
    return page(request, reply, { notice: hinweis ? notices[hinweis] : undefined });
  });

  app.post(PAGE, changing, async (request, reply) => {
    const read = await readMultipartForm(request, uploadPolicies.images);
    if (!read.ok) return page(request, reply, { error: read.error.message }, read.error.status);
    const { form, files } = read.value;
    const version = formVersion(form);
    if (version === undefined) return sendBadRequest(request, reply, 'Dem Formular fehlt der Stand der Einstellungen. Bitte laden Sie die Seite neu.');
    const { body, viewer } = request.site;
    const file = files.find((f) => f.field === LOGO_FIELD);
    let upload: { id: number; fileName: string } | undefined;
    if (file) {
      const stored = await storeUpload(deps.db, deps.storage, {
        bodyId: body.id,
        userId: viewer.kind === 'account' ? viewer.userId : null,
        name: `Logo ${body.name}`,
        fileName: file.fileName,
        mimeType: file.mimeType,
        bytes: file.bytes,
        ip: request.ip,
      });
      upload = { id: stored.id, fileName: stored.fileName };
    } else {
      const pendingId = positiveId(field(form, PENDING_FIELD));
      if (pendingId === undefined) return page(request, reply, { error: 'Bitte wählen Sie eine Bilddatei aus.' }, 400);
      upload = { id: pendingId, fileName: field(form, PENDING_NAME_FIELD).slice(0, 200) };
    }
    const changed = await changeBodyLogo(deps.db, { bodyId: body.id, actor: actorOf(request), version, fileId: upload.id });
    if (changed.ok) return reply.redirect(`${PAGE}?hinweis=gespeichert`, 303);
    if (changed.error === 'upload') return page(request, reply, { error: goneMessage }, 400);
    const current = await loadBodyLogo(deps.db, body.id);
    return page(
      request,
      reply,
      { conflict: { message: staleMessage, mine: upload.fileName || 'neues Logo', stored: current?.logo?.fileName ?? '' }, pending: upload },
      409,
    );
  });

  app.post(`${PAGE}/entfernen`, changing, async (request, reply) => {
    const version = formVersion(formOf(request));
    if (version === undefined) return sendBadRequest(request, reply, 'Dem Formular fehlt der Stand der Einstellungen. Bitte laden Sie die Seite neu.');
    const changed = await changeBodyLogo(deps.db, { bodyId: request.site.body.id, actor: actorOf(request), version, fileId: null });
    if (changed.ok) return reply.redirect(`${PAGE}?hinweis=entfernt`, 303);
    const current = await loadBodyLogo(deps.db, request.site.body.id);
    return page(request, reply, { conflict: { message: staleMessage, mine: 'kein Logo', stored: current?.logo?.fileName ?? '' } }, 409);
  });

  // the same for everyone: no session is read, so the answer may sit in shared caches
  app.get('/logo', { config: { publicOnly: true, objects: {} }, compress: false }, async (request, reply) => {
    // read now, not from the shell's copy of the body: another instance may have just changed it
    const logo = (await loadBodyLogo(deps.db, request.site.body.id))?.logo;
    if (!logo) return sendNotFound(request, reply);
    const validators = { etag: `"${logo.sha256}"`, lastModified: logo.modified };
    reply
      .header('etag', validators.etag)
      .header('last-modified', logo.modified.toUTCString())
      .header('cache-control', `public, max-age=${LOGO_MAX_AGE}`)
      .header('x-content-type-options', 'nosniff');
    if (notModified(request.headers, validators)) return reply.code(304).send();
    const bytes = await deps.storage.get(logo.storageKey);
    if (!bytes) {
      request.log.error({ fileId: logo.id, storageKey: logo.storageKey }, 'logo bytes missing from storage');
      return sendNotFound(request, reply);
    }
    return reply.header('content-type', logo.mimeType).header('content-length', String(bytes.byteLength)).send(bytes);
  });
}
