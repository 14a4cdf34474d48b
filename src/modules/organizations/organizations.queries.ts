/**
 * @module organizations/queries
 * Read side of `/gremien`: the overview with member counts, and one organization's page (its
 * usual Sitzungsort, its members in a Wahlperiode, its sessions and its papers) in one statement. Papers pass the
 * visibility policy; nothing personal beyond names, roles and Fraktion is read.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRow, queryRows } from '../../db/rows.ts';
import { z } from '../../lib/validation.ts';
import { paperVisibleTo, publicRegardlessOfDeletion, type Viewer } from '../../access/index.ts';
import { datedPaperRefSchema, paperStateColumn, paperStateSteps, type PaperRef, type PaperState } from '../papers/index.ts';
import { personNameFields, type PersonNameParts } from '../people/index.ts';
import type { PlaceParts } from '../locations/index.ts';
import type { OrganizationSummary } from './organizations.groups.ts';
import { nameSortKey, overlapsWindow, type MembershipWindow } from '../bodies/index.ts';

const MEETINGS_SHOWN = 10;
const PAPERS_SHOWN = 20;

const summarySchema = z.object({
  id: z.number(),
  name: z.string(),
  shortName: z.string().nullable(),
  organizationType: z.string(),
  classification: z.string().nullable(),
  parentId: z.number().nullable(),
  members: z.coerce.number(),
});

/** Every organization of the body in display order, with its member count in the window. */
export async function listOrganizations(db: Db, bodyId: number, window: MembershipWindow): Promise<OrganizationSummary[]> {
  return queryRows(
    db,
    summarySchema,
    sql`select o.id, o.name, o.short_name as "shortName", o.organization_type as "organizationType", o.classification,
        o.sub_organization_of_id as "parentId",
        (select count(distinct m.person_id)::int from memberships m join persons pe on pe.id = m.person_id and pe.deleted_at is null
          where m.organization_id = o.id and m.deleted_at is null and ${overlapsWindow('m', window)}) as members
      from organizations o
      where o.body_id = ${bodyId} and o.deleted_at is null
      order by o.position, ${nameSortKey(sql`o.name`)}, o.id`,
    { prepared: true },
  );
}

/** Where an organization's papers come from: Beratungsfolge, Federführung or Einreicher. */
export type PaperSource = 'consultation' | 'direction' | 'originator';

export interface MemberView extends PersonNameParts {
  personId: number;
  role: string;
  votingRight: boolean;
  startDate: string | null;
  endDate: string | null;
  fraktion: { id: number; name: string } | null;
}

export interface MeetingRef {
  id: number;
  name: string;
  start: Date | null;
  state: string;
  cancelled: boolean;
}

export interface OrganizationPaper extends PaperRef {
  date: string | null;
  /** Its roles in this Gremium's Beratungsfolge (Vorberatung, Entscheidung …). */
  roles: string[];
  state: PaperState | null;
}

export interface OrganizationPage {
  id: number;
  name: string;
  shortName: string | null;
  organizationType: string;
  classification: string | null;
  startDate: string | null;
  endDate: string | null;
  website: string | null;
  parent: { id: number; name: string } | null;
  children: { id: number; name: string }[];
  /** Where it usually meets, with what the body says about access. */
  location: (PlaceParts & { accessibility: string | null }) | null;
  members: MemberView[];
  upcoming: MeetingRef[];
  past: MeetingRef[];
  meetingTotal: number;
  paperSource: PaperSource;
  papers: OrganizationPaper[];
  paperTotal: number;
}

const named = z.object({ id: z.number(), name: z.string() });
const meetingSchema = z.object({ id: z.number(), name: z.string(), start: z.coerce.date().nullable(), state: z.string(), cancelled: z.boolean() });
const pageSchema = z.object({
  id: z.number(),
  name: z.string(),
  shortName: z.string().nullable(),
  organizationType: z.string(),
  classification: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  website: z.string().nullable(),
  parent: named.nullable(),
  children: z.array(named),
  location: z
    .object({
      description: z.string().nullable(),
      room: z.string().nullable(),
      streetAddress: z.string().nullable(),
      postalCode: z.string().nullable(),
      locality: z.string().nullable(),
      accessibility: z.string().nullable(),
    })
    .nullable(),
  members: z.array(
    z.object({
      personId: z.number(),
      ...personNameFields,
      role: z.string(),
      votingRight: z.boolean(),
      startDate: z.string().nullable(),
      endDate: z.string().nullable(),
      fraktion: named.nullable(),
    }),
  ),
  upcoming: z.array(meetingSchema),
  past: z.array(meetingSchema),
  meetingTotal: z.number(),
  paperSource: z.enum(['consultation', 'direction', 'originator']),
  papers: z.array(
    datedPaperRefSchema.extend({
      roles: z
        .array(z.string())
        .nullable()
        .transform((r) => r ?? []),
      state: paperStateColumn,
    }),
  ),
  paperTotal: z.number(),
});

/**
 * One organization's page in one statement. `today` (Berlin) divides coming from past sessions;
 * members are those whose membership overlaps the window.
 */
export async function findOrganizationPage(
  db: Db,
  bodyId: number,
  viewer: Viewer,
  id: number,
  window: MembershipWindow,
  today: string,
): Promise<OrganizationPage | undefined> {
  const visible = paperVisibleTo(viewer);
  // the paper belongs to this organization by the rule of its paper source
  const belongs = sql`((org.paper_source = 'consultation' and exists (select 1 from consultations c
        where c.paper_id = papers.id and c.organization_id = org.id and c.deleted_at is null))
      or (org.paper_source = 'direction' and exists (select 1 from paper_directions d
        where d.paper_id = papers.id and d.organization_id = org.id and d.deleted_at is null))
      or (org.paper_source = 'originator' and exists (select 1 from paper_originators po
        where po.paper_id = papers.id and po.organization_id = org.id and po.deleted_at is null)))`;
  const startOfToday = sql`(${today}::date)::timestamp at time zone 'Europe/Berlin'`;
  const meetingsOf = (when: 'upcoming' | 'past') => {
    const condition = when === 'upcoming' ? sql`(mt.start is null or mt.start >= ${startOfToday})` : sql`mt.start < ${startOfToday}`;
    const order = when === 'upcoming' ? sql`mt.start asc nulls last, mt.id` : sql`mt.start desc, mt.id desc`;
    return sql`coalesce((select json_agg(json_build_object('id', x.id, 'name', x.name, 'start', x.start, 'state', x.meeting_state,
        'cancelled', x.cancelled) order by x.n)
      from (select mt.id, mt.name, mt.start, mt.meeting_state, mt.cancelled, row_number() over (order by ${order}) as n
        from meetings mt join meeting_organizations mo on mo.meeting_id = mt.id and mo.deleted_at is null
        where mo.organization_id = org.id and mt.deleted_at is null and ${condition}
        order by ${order} limit ${MEETINGS_SHOWN}) x), '[]')`;
  };
  const row = await queryRow(
    db,
    z.object({ page: pageSchema }),
    sql`with org as (
      select o.id, o.body_id, o.name, o.short_name, o.organization_type, o.classification, o.start_date, o.end_date, o.website,
        o.sub_organization_of_id, o.location_id,
        case o.organization_type when 'Verwaltungsbereich' then 'direction' when 'Fraktion' then 'originator' else 'consultation' end
          as paper_source
      from organizations o where o.body_id = ${bodyId} and o.id = ${id} and o.deleted_at is null
    )
    select json_build_object(
      'id', org.id, 'name', org.name, 'shortName', org.short_name, 'organizationType', org.organization_type,
      'classification', org.classification, 'startDate', to_char(org.start_date, 'YYYY-MM-DD'),
      'endDate', to_char(org.end_date, 'YYYY-MM-DD'), 'website', org.website, 'paperSource', org.paper_source,
      'parent', (select json_build_object('id', p.id, 'name', p.name) from organizations p
        where p.id = org.sub_organization_of_id and p.deleted_at is null),
      'children', coalesce((select json_agg(json_build_object('id', c.id, 'name', c.name) order by c.position, ${nameSortKey(sql`c.name`)}, c.id)
        from organizations c where c.sub_organization_of_id = org.id and c.id <> org.id and c.deleted_at is null), '[]'),
      'location', (select json_build_object('description', l.description, 'room', l.room, 'streetAddress', l.street_address,
          'postalCode', l.postal_code, 'locality', l.locality, 'accessibility', l.accessibility)
        from locations l where l.id = org.location_id and l.deleted_at is null and ${publicRegardlessOfDeletion.location('l')}),
      'members', coalesce((select json_agg(json_build_object(
          'personId', pe.id, 'title', pe.title, 'givenName', pe.given_name, 'familyName', pe.family_name, 'affix', pe.affix,
          'role', m.role, 'votingRight', m.voting_right,
          'startDate', to_char(m.start_date, 'YYYY-MM-DD'), 'endDate', to_char(m.end_date, 'YYYY-MM-DD'),
          'fraktion', (select json_build_object('id', f.id, 'name', f.name) from organizations f
            where f.id = m.on_behalf_of_id and f.deleted_at is null))
        order by ${nameSortKey(sql`pe.family_name`)}, ${nameSortKey(sql`coalesce(pe.given_name, '')`)}, pe.id, m.start_date nulls first, m.id)
        from memberships m join persons pe on pe.id = m.person_id and pe.deleted_at is null
        where m.organization_id = org.id and m.deleted_at is null and ${overlapsWindow('m', window)}), '[]'),
      'upcoming', ${meetingsOf('upcoming')},
      'past', ${meetingsOf('past')},
      'meetingTotal', (select count(*)::int from meetings mt join meeting_organizations mo on mo.meeting_id = mt.id and mo.deleted_at is null
        where mo.organization_id = org.id and mt.deleted_at is null),
      'papers', coalesce((select json_agg(json_build_object('id', x.id, 'reference', x.reference, 'slug', x.slug, 'name', x.name,
          'paperType', x.paper_type, 'date', to_char(x.date, 'YYYY-MM-DD'), 'roles', x.roles, 'state', x.state) order by x.n)
        from (select papers.id, papers.reference, papers.slug, papers.name, papers.paper_type, papers.date,
            (select json_agg(distinct c.role order by c.role) from consultations c
              where c.paper_id = papers.id and c.organization_id = org.id and c.deleted_at is null) as roles,
            ${paperStateSteps(viewer, sql`papers.id`)} as state,
            row_number() over (order by papers.date desc nulls last, papers.id desc) as n
          from papers where papers.body_id = org.body_id and ${visible} and ${belongs}
          order by papers.date desc nulls last, papers.id desc limit ${PAPERS_SHOWN}) x), '[]'),
      'paperTotal', (select count(*)::int from papers where papers.body_id = org.body_id and ${visible} and ${belongs})
    ) as page
    from org`,
    { prepared: true },
  );
  return row?.page;
}
