/**
 * @module files/upload-routes
 * `POST /verwaltung/hochladen`: the upload service for scripts on back-office forms. One file in
 * the field `datei` (a document: PDF, DOCX, ODT, XLSX), optionally its title in `name`; the
 * answer is JSON, `{ id, name, size, mimeType }` (201) or `{ error }` (400, 413, 415). The form
 * that is saved later claims the file by its id (files/uploads). Forms without script read their
 * own multipart body instead (http/uploads).
 */
import path from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { field } from '../../http/forms.ts';
import { staffRoute, type RouteDeps } from '../../http/site.ts';
import { readMultipartForm, uploadPolicies } from '../../http/uploads.ts';
import { storeUpload } from './uploads.ts';

const json = (reply: FastifyReply, status: number, value: Record<string, unknown>) =>
  reply.code(status).type('application/json; charset=utf-8').header('cache-control', 'no-store').send(value);

export function fileUploadRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const route = staffRoute('workspace');
  app.post('/verwaltung/hochladen', { config: { ...route.config, inputErrors: 'json' } }, async (request, reply) => {
    const read = await readMultipartForm(request, uploadPolicies.documents);
    if (!read.ok) return json(reply, read.error.status, { error: read.error.message });
    const { form, files } = read.value;
    const file = files[0];
    if (file?.field !== 'datei') return json(reply, 400, { error: 'Bitte wählen Sie eine Datei aus (Feld „datei“).' });
    const title = field(form, 'name').slice(0, 300) || path.parse(file.fileName).name;
    const { body, viewer } = request.site;
    const stored = await storeUpload(deps.db, deps.storage, {
      bodyId: body.id,
      userId: viewer.kind === 'account' ? viewer.userId : null,
      name: title,
      fileName: file.fileName,
      mimeType: file.mimeType,
      bytes: file.bytes,
      ip: request.ip,
    });
    return json(reply, 201, { id: stored.id, name: stored.name, size: stored.size, mimeType: stored.mimeType });
  });
}
