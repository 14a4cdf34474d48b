/**
 * @module files/routes
 * `/dateien/<id>/<name>`: the bytes of a visible file with its type, length and a download name.
 * The name in the URL is for people and link previews; the id decides. Answers 304 to a current
 * copy and 206 to a byte range (files/delivery); a deleted file the public knew answers 410.
 */
import type { FastifyInstance } from 'fastify';
import { sendGone, sendNotFound } from '../../http/errors.ts';
import { positiveId } from '../../http/forms.ts';
import { param, type ZodTypeProvider } from '../../http/input.ts';
import { z } from '../../lib/validation.ts';
import { auditNonPublicFileAccess } from '../auth/index.ts';
import type { RouteDeps } from '../../http/site.ts';
import { findVisibleFile, wasPublicBeforeDeletion } from './files.repo.ts';
import { notModified, rangeFor } from './file-delivery.ts';
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
  app.withTypeProvider<ZodTypeProvider>().get(
    '/dateien/:id/:name?',
    {
      schema: { params: fileParams, querystring: fileQuery },
      config: { objects: { id: 'file', name: 'fileName' } },
      // ranges and the strong ETag refer to the stored bytes; PDFs and archives are compressed already
      compress: false,
    },
    async (request, reply) => {
      const { id } = request.params;
      const { body, viewer } = request.site;
      const fileId = positiveId(id);
      const file = fileId === undefined ? undefined : await findVisibleFile(deps.db, body.id, viewer, fileId);
      if (!file) {
        // a deleted file that the public could see: its deletion is no secret
        if (fileId !== undefined && (await wasPublicBeforeDeletion(deps.db, body.id, fileId))) return sendGone(request, reply);
        return sendNotFound(request, reply);
      }
      const validators = { etag: `"${file.sha256}"`, lastModified: file.modified };
      reply
        .header('etag', validators.etag)
        .header('last-modified', file.modified.toUTCString())
        .header('accept-ranges', 'bytes')
        // only what anonymous users may see can sit in a shared cache
        .header('cache-control', viewer.kind === 'anonymous' ? 'public, max-age=300' : 'private, no-store');
      if (notModified(request.headers, validators)) return reply.code(304).send();
      const bytes = await deps.storage.get(file.storageKey);
      if (!bytes) {
        request.log.error({ fileId: file.id, storageKey: file.storageKey }, 'file bytes missing from storage');
        return sendNotFound(request, reply);
      }
      const range = rangeFor(request.headers, bytes.byteLength, validators);
      if (range.kind === 'unsatisfiable') {
        return reply
          .code(416)
          .header('content-range', `bytes */${bytes.byteLength}`)
          .type('text/plain; charset=utf-8')
          .send('Der angefragte Bereich liegt außerhalb der Datei.\n');
      }
      // a viewer fetching the later parts of a document it opened is one access, not many
      if (!file.publiclyVisible && (range.kind === 'whole' || range.start === 0)) {
        await auditNonPublicFileAccess(deps.db, { bodyId: body.id, viewer, ip: request.ip, fileId: file.id, via: 'download' });
      }
      const inline = !request.query.download && servedInline(file.mimeType);
      if (!inline) reply.header('content-security-policy', "sandbox; default-src 'none'");
      reply
        .header('content-type', file.mimeType)
        .header('content-disposition', contentDisposition(inline ? 'inline' : 'attachment', file.fileName))
        .header('x-content-type-options', 'nosniff');
      if (range.kind === 'part') {
        const part = bytes.subarray(range.start, range.end + 1);
        return reply
          .code(206)
          .header('content-range', `bytes ${range.start}-${range.end}/${bytes.byteLength}`)
          .header('content-length', String(part.byteLength))
          .send(part);
      }
      return reply.header('content-length', String(bytes.byteLength)).send(bytes);
    },
  );
}
