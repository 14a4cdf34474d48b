/**
 * @module feeds/atom.queries
 * What the Atom feeds publish: the newest visible papers (matching a paper list's filter, or
 * submitted by one person) and the newest results of visible agenda items. One statement each;
 * hidden papers and agenda items are filtered in SQL, and a visible agenda item names its paper
 * only when that paper is visible too.
 */
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/rows.ts';
import { z } from '../../lib/validation.ts';
import { agendaItemVisibleTo, paperVisibleTo, type Viewer } from '../../access/index.ts';
import { agendaItems, meetingOrganizations, meetings } from '../meetings/meetings.tables.ts';
import { organizations } from '../organizations/organizations.tables.ts';
import { datedPaperRefSchema, paperFilterConditions, type PaperCriteria } from '../papers/index.ts';
import { consultations, paperDirections, papers } from '../papers/papers.tables.ts';
import { instant, utcInstant } from './calendar.queries.ts';

export const FEED_SIZE = 50;

/** The paper list's filter (`/vorlagen?…`), or whose papers: the feed follows the same criteria. */
export type PaperFeedFilter = PaperCriteria;

const paperRowSchema = datedPaperRefSchema.extend({
  created: instant,
  modified: instant,
  directions: z.array(z.string()),
});

export type FeedPaper = z.infer<typeof paperRowSchema>;

/**
 * The newest papers first: by when they appeared in the system, then by their own date (papers
 * loaded together, as in an import, follow their Vorlagendatum).
 */
export async function listFeedPapers(db: Db, bodyId: number, viewer: Viewer, filter: PaperFeedFilter): Promise<FeedPaper[]> {
  // the list's own conditions, visibility included: a feed never shows what its list would not
  const conditions = paperFilterConditions(bodyId, viewer, filter);
  return queryRows(
    db,
    paperRowSchema,
    sql`select ${papers.id} as id, ${papers.reference} as reference, ${papers.slug} as slug, ${papers.name} as name,
        ${papers.paperType} as "paperType", to_char(${papers.date}, 'DD.MM.YYYY') as date,
        ${utcInstant(papers.created)} as created, ${utcInstant(papers.modified)} as modified,
        coalesce((select json_agg(${organizations.name} order by ${organizations.name}) from ${paperDirections}
          join ${organizations} on ${organizations.id} = ${paperDirections.organizationId}
          where ${paperDirections.paperId} = ${papers.id} and ${paperDirections.deletedAt} is null), '[]') as directions
      from ${papers} where ${and(...conditions)}
      order by ${desc(papers.created)}, ${papers.date} desc nulls last, ${desc(papers.id)}
      limit ${FEED_SIZE}`,
    { prepared: true },
  );
}

const decisionRowSchema = z.object({
  id: z.number(),
  number: z.string().nullable(),
  name: z.string(),
  result: z.string(),
  resolutionText: z.string().nullable(),
  unanimous: z.boolean().nullable(),
  yes: z.number().nullable(),
  no: z.number().nullable(),
  abstention: z.number().nullable(),
  modified: instant,
  meetingId: z.number(),
  meetingName: z.string(),
  meetingDate: z.string().nullable(),
  organizations: z.array(z.string()),
  paper: z.object({ reference: z.string(), slug: z.string() }).nullable(),
});

export type FeedDecision = z.infer<typeof decisionRowSchema>;

/** Results of the visible agenda items, the newest sessions first, in agenda order within one. */
export async function listFeedDecisions(db: Db, bodyId: number, viewer: Viewer): Promise<FeedDecision[]> {
  const where = and(eq(agendaItems.bodyId, bodyId), agendaItemVisibleTo(viewer), sql`nullif(trim(${agendaItems.result}), '') is not null`);
  return queryRows(
    db,
    decisionRowSchema,
    sql`select ${agendaItems.id} as id, ${agendaItems.number} as number, ${agendaItems.name} as name,
        trim(${agendaItems.result}) as result, ${agendaItems.resolutionText} as "resolutionText", ${agendaItems.unanimous} as unanimous,
        ${agendaItems.votesYes} as yes, ${agendaItems.votesNo} as no, ${agendaItems.votesAbstention} as abstention,
        ${utcInstant(agendaItems.modified)} as modified,
        ${meetings.id} as "meetingId", ${meetings.name} as "meetingName",
        to_char(${meetings.start} at time zone 'Europe/Berlin', 'DD.MM.YYYY') as "meetingDate",
        coalesce((select json_agg(${organizations.name} order by ${organizations.position}, ${organizations.name})
          from ${meetingOrganizations} join ${organizations} on ${organizations.id} = ${meetingOrganizations.organizationId}
          where ${meetingOrganizations.meetingId} = ${meetings.id} and ${meetingOrganizations.deletedAt} is null
            and ${organizations.deletedAt} is null), '[]') as organizations,
        (select json_build_object('reference', ${papers.reference}, 'slug', ${papers.slug})
          from ${consultations} join ${papers} on ${papers.id} = ${consultations.paperId}
          where ${consultations.agendaItemId} = ${agendaItems.id} and ${consultations.deletedAt} is null and ${paperVisibleTo(viewer)}
          order by ${consultations.id} limit 1) as paper
      from ${agendaItems} join ${meetings} on ${meetings.id} = ${agendaItems.meetingId} and ${isNull(meetings.deletedAt)}
      where ${where}
      order by ${meetings.start} desc nulls last, ${meetings.id} desc, ${agendaItems.position}, ${agendaItems.id}
      limit ${FEED_SIZE}`,
    { prepared: true },
  );
}
