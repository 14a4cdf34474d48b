/**
 * @module members/routes
 * `/mein-bereich`, private notes, subscriptions and a session's documents as ZIP. What a route
 * shows is read through the visibility policy; hidden objects answer 404 like missing ones.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { berlinDate } from '../../lib/format.ts';
import { sendBadRequest, sendNotFound } from '../../http/errors.ts';
import { field, formOf, positiveId, safeNext, type FormBody } from '../../http/forms.ts';
import { sendPage } from '../../http/render.ts';
import { param, pathParams, type ZodTypeProvider } from '../../http/input.ts';
import { z } from '../../lib/validation.ts';
import type { RouteDeps } from '../../http/site.ts';
import type { AccountViewer } from '../../access/index.ts';
import { auditNonPublicFileAccess } from '../auth/index.ts';
import { contentDisposition } from '../../http/content-disposition.ts';
import { findMeeting, listAgendas, listAreaMeetings, listMeetingDocuments, type MeetingSummary } from './members.area.ts';
import { listNewFiles, listNewPapers, markAreaSeen, recordAreaVisit } from './members.new-since.ts';
import {
  fileIdsWithNotes,
  findNote,
  findVisibleNoteFile,
  findVisibleNotePaper,
  listNotes,
  NOTE_MAX_LENGTH,
  saveNote,
  type NoteTarget,
} from './members.notes.ts';
import { addSubscription, listSubscriptions, removeSubscription, subscriptionTargetExists } from './members.subscriptions.ts';
import { subscriptionKinds, type SubscriptionKind } from './members.tables.ts';
import { MembersAreaView, type AreaMeeting } from './views/MembersAreaView.tsx';
import { NotePageView, type NotePageViewProps, type NoteTargetView } from './views/NotePageView.tsx';
import { safeFileNamePart, zipStream } from './zip.ts';

const account = { access: 'account' as const };

/** The account behind a route with `access: 'account'` (the shell has sent everyone else away). */
function accountViewer(request: FastifyRequest): AccountViewer | undefined {
  const { viewer } = request.site;
  return viewer.kind === 'account' ? viewer : undefined;
}

/** The text of the note field: line breaks as the browser sent them, made uniform. */
function noteText(form: FormBody): string {
  return field(form, 'text', { trim: false }).replace(/\r\n?/g, '\n');
}

/** A version number from the form (0: the form was made when there was no note). */
function versionOf(form: FormBody): number | undefined {
  const value = field(form, 'version');
  return /^\d{1,9}$/.test(value) ? Number(value) : undefined;
}

export function memberRoutes(app: FastifyInstance, deps: RouteDeps): void {
  // ---------------------------------------------------------------------------------------
  // The members' area

  app.get('/mein-bereich', { config: account }, async (request, reply) => {
    const viewer = accountViewer(request);
    if (!viewer) return sendNotFound(request, reply);
    const { body } = request.site;
    const now = deps.now();
    const visit = await recordAreaVisit(deps.db, viewer.userId, now);
    // the first visit is the baseline: nothing is new yet
    const none = Promise.resolve([]);
    const [upcoming, recent, newPapers, newFiles, notes, subscriptions] = await Promise.all([
      listAreaMeetings(deps.db, body.id, viewer, now, 'upcoming'),
      listAreaMeetings(deps.db, body.id, viewer, now, 'recent'),
      visit.firstVisit ? none : listNewPapers(deps.db, body.id, viewer, visit.since),
      visit.firstVisit ? none : listNewFiles(deps.db, body.id, viewer, visit.since),
      listNotes(deps.db, body.id, viewer),
      listSubscriptions(deps.db, body.id, viewer),
    ]);
    const meetingIds = [...upcoming, ...recent].map((m) => m.id);
    const [agendas, documents] = await Promise.all([
      listAgendas(deps.db, body.id, viewer, meetingIds),
      listMeetingDocuments(deps.db, body.id, viewer, meetingIds),
    ]);
    const noted = await fileIdsWithNotes(deps.db, viewer.userId, [...new Set(documents.map((d) => d.fileId))]);
    const withContent = (m: MeetingSummary): AreaMeeting => ({
      ...m,
      agenda: agendas.filter((a) => a.meetingId === m.id),
      documents: documents.filter((d) => d.meetingId === m.id),
    });
    return sendPage(
      reply,
      <MembersAreaView
        bodyName={body.name}
        displayName={viewer.displayName}
        upcoming={upcoming.map(withContent)}
        recent={recent.map(withContent)}
        notedFileIds={noted}
        since={visit.since}
        firstVisit={visit.firstVisit}
        newPapers={newPapers}
        newFiles={newFiles}
        notes={notes}
        subscriptions={subscriptions}
      />,
    );
  });

  app.post('/mein-bereich/gelesen', { config: account }, async (request, reply) => {
    const viewer = accountViewer(request);
    if (!viewer) return sendNotFound(request, reply);
    await markAreaSeen(deps.db, viewer.userId, deps.now());
    return reply.redirect(safeNext(field(formOf(request), 'weiter'), '/mein-bereich'), 303);
  });

  // ---------------------------------------------------------------------------------------
  // Private notes

  /** The object of a note, if the viewer may see it. */
  const noteTargetOf = async (request: FastifyRequest, target: NoteTarget): Promise<NoteTargetView | undefined> => {
    const { body, viewer } = request.site;
    if (target.kind === 'paper') {
      const paper = await findVisibleNotePaper(deps.db, body.id, viewer, target.id);
      return paper ? { kind: 'paper', ...paper } : undefined;
    }
    const file = await findVisibleNoteFile(deps.db, body.id, viewer, target.id);
    return file ? { kind: 'file', ...file } : undefined;
  };

  const renderNotePage = (request: FastifyRequest, reply: FastifyReply, props: Omit<NotePageViewProps, 'bodyName'>, status = 200) =>
    sendPage(reply, <NotePageView bodyName={request.site.body.name} {...props} />, status);

  app.withTypeProvider<ZodTypeProvider>().get(
    '/notizen/datei/:id',
    {
      schema: { params: pathParams('id'), querystring: z.object({ hinweis: param.choice('Hinweis', ['gespeichert', 'geloescht']) }) },
      config: { ...account, objects: { id: 'file' } },
    },
    async (request, reply) => {
      const viewer = accountViewer(request);
      const id = positiveId(request.params.id);
      if (!viewer || id === undefined) return sendNotFound(request, reply);
      const target = await noteTargetOf(request, { kind: 'file', id });
      if (!target) return sendNotFound(request, reply);
      const note = await findNote(deps.db, viewer.userId, { kind: 'file', id });
      const hint = request.query.hinweis;
      return renderNotePage(request, reply, {
        target,
        text: note?.text ?? '',
        version: note?.version ?? 0,
        back: `/notizen/datei/${id}`,
        notice: hint,
      });
    },
  );

  const saveNoteRoute = (kind: NoteTarget['kind']) => async (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
    const viewer = accountViewer(request);
    const id = positiveId(request.params.id);
    if (!viewer || id === undefined) return sendNotFound(request, reply);
    const targetRef: NoteTarget = { kind, id };
    const target = await noteTargetOf(request, targetRef);
    if (!target) return sendNotFound(request, reply);
    const form = formOf(request);
    const text = noteText(form);
    const fallback = target.kind === 'paper' ? `/vorlagen/${target.slug}` : `/notizen/datei/${id}`;
    const back = safeNext(field(form, 'weiter'), fallback);
    const version = versionOf(form);
    if (version === undefined) return sendBadRequest(request, reply, 'Dem Formular fehlt der Bearbeitungsstand. Bitte laden Sie die Seite neu.');
    const length = [...text].length;
    if (length > NOTE_MAX_LENGTH) return renderNotePage(request, reply, { target, text, version, back, problem: { kind: 'tooLong', length } }, 400);
    const result = await saveNote(deps.db, request.site.body.id, viewer, targetRef, { text, version }, deps.now());
    if (!result) return sendNotFound(request, reply);
    if (!result.ok)
      return renderNotePage(
        request,
        reply,
        // the form now names the stored version: saving again replaces it with what was merged
        { target, text, version: result.error.current?.version ?? 0, back, problem: { kind: 'conflict', stored: result.error.current } },
        409,
      );
    const notice = result.value === 'deleted' ? 'geloescht' : 'gespeichert';
    return reply.redirect(back === `/notizen/datei/${id}` ? `${back}?hinweis=${notice}` : back, 303);
  };

  app.post<{ Params: { id: string } }>('/notizen/vorlage/:id', { config: { ...account, objects: { id: 'paper' } } }, saveNoteRoute('paper'));
  app.post<{ Params: { id: string } }>('/notizen/datei/:id', { config: { ...account, objects: { id: 'file' } } }, saveNoteRoute('file'));

  // ---------------------------------------------------------------------------------------
  // Subscriptions

  app.post('/abonnements', { config: account }, async (request, reply) => {
    const viewer = accountViewer(request);
    if (!viewer) return sendNotFound(request, reply);
    const form = formOf(request);
    const kind = field(form, 'kind');
    const id = positiveId(field(form, 'id'));
    if (!(subscriptionKinds as readonly string[]).includes(kind) || id === undefined)
      return sendBadRequest(request, reply, 'Was abonniert werden soll, fehlt im Formular. Bitte gehen Sie zurück und laden Sie die Seite neu.');
    const subscriptionKind = kind as SubscriptionKind;
    if (!(await subscriptionTargetExists(deps.db, request.site.body.id, viewer, subscriptionKind, id))) return sendNotFound(request, reply);
    await addSubscription(deps.db, viewer.userId, subscriptionKind, id);
    return reply.redirect(safeNext(field(form, 'weiter'), '/mein-bereich#abonnements'), 303);
  });

  app.post<{ Params: { id: string } }>('/abonnements/:id/loeschen', { config: { ...account, objects: { id: 'subscription' } } }, async (request, reply) => {
    const viewer = accountViewer(request);
    const id = positiveId(request.params.id);
    if (!viewer || id === undefined) return sendNotFound(request, reply);
    // only one's own: another account's subscription answers like a missing one
    if (!(await removeSubscription(deps.db, viewer.userId, id))) return sendNotFound(request, reply);
    return reply.redirect(safeNext(field(formOf(request), 'weiter'), '/mein-bereich#abonnements'), 303);
  });

  // ---------------------------------------------------------------------------------------
  // A session's documents as one ZIP

  app.get<{ Params: { id: string } }>('/sitzungen/:id/dokumente.zip', { config: { objects: { id: 'meeting' } } }, async (request, reply) => {
    const { body, viewer } = request.site;
    const id = positiveId(request.params.id);
    const meeting = id === undefined ? undefined : await findMeeting(deps.db, body.id, id);
    if (!meeting) return sendNotFound(request, reply);
    const documents = await listMeetingDocuments(deps.db, body.id, viewer, [meeting.id]);
    if (request.method !== 'HEAD')
      for (const d of documents)
        if (!d.publiclyVisible)
          await auditNonPublicFileAccess(deps.db, { bodyId: body.id, viewer, ip: request.ip, fileId: d.fileId, via: 'zip', meetingId: meeting.id });
    const day = meeting.start ? ` ${berlinDate(meeting.start)}` : '';
    const name = `${safeFileNamePart(`Unterlagen ${meeting.name}${day}`) || 'Unterlagen'}.zip`;
    const stream = zipStream(documents, deps.storage, (err) => request.log.error({ err, meeting: meeting.id }, 'ZIP of meeting documents failed'));
    return (
      reply
        .header('content-type', 'application/zip')
        .header('content-disposition', contentDisposition('attachment', name))
        .header('x-content-type-options', 'nosniff')
        // only what anonymous users may see can sit in a shared cache
        .header('cache-control', viewer.kind === 'anonymous' ? 'public, max-age=300' : 'private, no-store')
        .send(stream)
    );
  });
}
