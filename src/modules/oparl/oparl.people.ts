/**
 * @module oparl/people
 * OParl Person (Person.json) with memberships embedded (Membership.json), and Organization
 * (Organization.json), which lists its memberships by reference. A person's e-mail, phone and
 * address are not published, as on the portal.
 */
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/rows.ts';
import { z } from '../../lib/validation.ts';
import { intArray } from '../../db/sql-arrays.ts';
import { publicRegardlessOfDeletion } from '../../access/index.ts';
import { formatPersonName } from '../people/index.ts';
import { allIds, idArray, inOrder, oparlObject, rowStamp, type Loader } from './oparl.context.ts';
import { compact, type JsonObject } from './oparl.format.ts';
import { loadLocations } from './oparl.places.ts';

const personRow = rowStamp.extend({
  family_name: z.string(),
  given_name: z.string().nullable(),
  form_of_address: z.string().nullable(),
  affix: z.string().nullable(),
  title: z.array(z.string()),
  gender: z.string().nullable(),
  status: z.array(z.string()),
  life: z.string().nullable(),
  life_source: z.string().nullable(),
  membership_ids: idArray,
});

export const loadPersons: Loader = async (ctx, ids) => {
  const rows = await queryRows(
    ctx.db,
    personRow,
    sql`select p.id, p.created, p.modified, p.family_name, p.given_name, p.form_of_address, p.affix, p.title, p.gender,
        p.status, p.life, p.life_source,
        array(select m.id from memberships m join organizations o on o.id = m.organization_id
          where m.person_id = p.id and m.deleted_at is null and o.deleted_at is null order by m.start_date nulls first, m.id) as membership_ids
      from persons p where p.id = any(${intArray(ids)}) and p.body_id = ${ctx.bodyId} and p.deleted_at is null`,
    { prepared: true },
  );
  const memberships = ctx.omitInternal
    ? new Map<number, JsonObject>()
    : await loadMemberships(
        ctx,
        allIds(rows, (r) => r.membership_ids),
        true,
      );
  const out = new Map<number, JsonObject>();
  for (const row of rows) {
    const fields = compact({
      body: ctx.urls.object('body', ctx.bodyId),
      name: formatPersonName({ title: row.title, givenName: row.given_name, familyName: row.family_name, affix: row.affix }),
      familyName: row.family_name,
      givenName: row.given_name,
      formOfAddress: row.form_of_address,
      affix: row.affix,
      title: row.title,
      gender: row.gender,
      status: row.status,
      membership: ctx.omitInternal ? null : inOrder(memberships, row.membership_ids),
      life: row.life,
      lifeSource: row.life_source,
    });
    out.set(row.id, oparlObject(ctx, 'person', row, fields, `/personen/${row.id}`));
  }
  return out;
};

const membershipRow = rowStamp.extend({
  person_id: z.number(),
  organization_id: z.number(),
  role: z.string(),
  voting_right: z.boolean(),
  start_date: z.string().nullable(),
  end_date: z.string().nullable(),
  on_behalf_of_id: z.number().nullable(),
});

export const loadMemberships: Loader = async (ctx, ids, embedded) => {
  if (ids.length === 0) return new Map();
  const rows = await queryRows(
    ctx.db,
    membershipRow,
    sql`select m.id, m.created, m.modified, m.person_id, m.organization_id, m.role, m.voting_right,
        m.start_date::text as start_date, m.end_date::text as end_date,
        (select o.id from organizations o where o.id = m.on_behalf_of_id and o.deleted_at is null) as on_behalf_of_id
      from memberships m where m.id = any(${intArray(ids)}) and m.body_id = ${ctx.bodyId} and m.deleted_at is null`,
    { prepared: true },
  );
  const out = new Map<number, JsonObject>();
  for (const row of rows) {
    const fields = compact({
      person: embedded ? null : ctx.urls.object('person', row.person_id),
      organization: ctx.urls.object('organization', row.organization_id),
      role: row.role,
      votingRight: row.voting_right,
      startDate: row.start_date,
      endDate: row.end_date,
      onBehalfOf: row.on_behalf_of_id === null ? null : ctx.urls.object('organization', row.on_behalf_of_id),
    });
    out.set(row.id, oparlObject(ctx, 'membership', row, fields));
  }
  return out;
};

const organizationRow = rowStamp.extend({
  name: z.string(),
  short_name: z.string().nullable(),
  organization_type: z.string(),
  classification: z.string().nullable(),
  start_date: z.string().nullable(),
  end_date: z.string().nullable(),
  website: z.string().nullable(),
  location_id: z.number().nullable(),
  sub_organization_of_id: z.number().nullable(),
  membership_ids: idArray,
  posts: z.array(z.string()),
});

export const loadOrganizations: Loader = async (ctx, ids) => {
  const rows = await queryRows(
    ctx.db,
    organizationRow,
    sql`select organizations.id, organizations.created, organizations.modified, organizations.name, organizations.short_name,
        organizations.organization_type, organizations.classification, organizations.start_date::text as start_date,
        organizations.end_date::text as end_date, organizations.website,
        (select locations.id from locations where locations.id = organizations.location_id and locations.deleted_at is null
          and ${publicRegardlessOfDeletion.location()}) as location_id,
        (select s.id from organizations s where s.id = organizations.sub_organization_of_id and s.deleted_at is null) as sub_organization_of_id,
        array(select m.id from memberships m join persons mp on mp.id = m.person_id
          where m.organization_id = organizations.id and m.deleted_at is null and mp.deleted_at is null order by m.id) as membership_ids,
        array(select distinct m.role from memberships m where m.organization_id = organizations.id and m.deleted_at is null
          order by m.role) as posts
      from organizations where organizations.id = any(${intArray(ids)}) and organizations.body_id = ${ctx.bodyId}
        and organizations.deleted_at is null`,
    { prepared: true },
  );
  const locationIds = allIds(rows, (r) => [r.location_id]);
  const locations = locationIds.length ? await loadLocations(ctx, locationIds, true) : new Map<number, JsonObject>();
  const out = new Map<number, JsonObject>();
  for (const row of rows) {
    const fields = compact({
      body: ctx.urls.object('body', ctx.bodyId),
      name: row.name,
      membership: row.membership_ids.map((id) => ctx.urls.object('membership', id)),
      meeting: ctx.urls.organizationList(row.id, 'meeting'),
      consultation: ctx.urls.organizationList(row.id, 'consultation'),
      shortName: row.short_name,
      post: row.posts,
      subOrganizationOf: row.sub_organization_of_id === null ? null : ctx.urls.object('organization', row.sub_organization_of_id),
      organizationType: row.organization_type,
      classification: row.classification,
      startDate: row.start_date,
      endDate: row.end_date,
      website: row.website,
      location: row.location_id === null ? null : (locations.get(row.location_id) ?? null),
    });
    out.set(row.id, oparlObject(ctx, 'organization', row, fields, `/gremien/${row.id}`));
  }
  return out;
};
