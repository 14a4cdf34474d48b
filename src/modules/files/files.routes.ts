/**
 * @module files/routes
 * `/dateien/<id>/<name>`: the bytes of a visible file with its type, length and a download name.
 * The name in the URL is for people and link previews; the id decides.
 */
import type { FastifyInstance } from 'fastify';
import { sendNotFound } from '../../http/errors.ts';
import { positiveId } from '../../http/forms.ts';
import { param, type ZodTypeProvider } from '../../http/input.ts';
import { z } from '../../lib/validation.ts';
import { auditNonPublicFileAccess } from '../auth/index.ts';
import type { RouteDeps } from '../../http/site.ts';
import { findVisibleFile } from './files.repo.ts';
import { contentDisposition } from '../../http/content-disposition.ts';

/**
 * Types a browser shows without running anything of the file's. Everything else (HTML, SVG, XML,
 * office documents …) is sent as a download under a sandboxing policy: an imported HTML or SVG
 * attachment shown inline on the portal's origin could run script there.
 */
const inlineTypes = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp', 'text/plain', 'text/csv', 'audio/mpeg', 'video/mp4']);

export function servedInline(mimeType: string): boolean {
  return inlineTypes.has(mimeType.split(';')[0]!.trim().toLowerCase());
}

const fileParams = z.object({ id: z.string().max(300), name: z.string().max(300).optional() });
/** `?download` asks for the file as an attachment instead of inline. */
const fileQuery = z.object({ download: param.flag() });

export function fileRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      '/dateien/:id/:name?',
      { schema: { params: fileParams, querystring: fileQuery }, config: { objects: { id: 'file', name: 'fileName' } } },
      async (request, reply) => {
        const { id } = request.params;
        const { body, viewer } = request.site;
        const fileId = positiveId(id);
        const file = fileId === undefined ? undefined : await findVisibleFile(deps.db, body.id, viewer, fileId);
        if (!file) return sendNotFound(request, reply);
        const bytes = await deps.storage.get(file.storageKey);
        if (!bytes) {
          request.log.error({ fileId: file.id, storageKey: file.storageKey }, 'file bytes missing from storage');
          return sendNotFound(request, reply);
        }
        if (!file.publiclyVisible) await auditNonPublicFileAccess(deps.db, { bodyId: body.id, viewer, ip: request.ip, fileId: file.id, via: 'download' });
        const inline = !request.query.download && servedInline(file.mimeType);
        if (!inline) reply.header('content-security-policy', "sandbox; default-src 'none'");
        return (
          reply
            .header('content-type', file.mimeType)
            .header('content-length', String(bytes.byteLength))
            .header('content-disposition', contentDisposition(inline ? 'inline' : 'attachment', file.fileName))
            .header('x-content-type-options', 'nosniff')
            .header('etag', `"${file.sha256}"`)
            .header('last-modified', file.modified.toUTCString())
            // only what anonymous users may see can sit in a shared cache
            .header('cache-control', viewer.kind === 'anonymous' ? 'public, max-age=300' : 'private, no-store')
            .send(bytes)
        );
      },
    );
}
