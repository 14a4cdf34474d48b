/**
 * @module demo/accounts
 * Demo logins, so that the members' area and the back office can be tried on `npm start`:
 * a councillor of the committee whose next session has a non-public item, the Sitzungsdienst
 * of that committee, Sachbearbeitung for a unit and an administrator. Their passwords are
 * public (README); a real installation starts with DEMO_DATA=0 and `gremia user:create`.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRow } from '../../db/rows.ts';
import { z } from '../../lib/validation.ts';
import { createAccount, type RoleGrant } from '../auth/index.ts';
import { DEMO_ANCHOR_DATE } from './demo.calendar.ts';

export const DEMO_PASSWORD = 'demo-passwort-nordheide';

export interface DemoAccount {
  email: string;
  displayName: string;
  role: string;
}

export async function createDemoAccounts(db: Db, bodyId: number): Promise<DemoAccount[]> {
  // the first session after the demo's „today“ that has a non-public item, and a regular member of its committee
  const target = await queryRow(
    db,
    z.object({ organization_id: z.number(), organization_name: z.string(), person_id: z.number(), person_name: z.string() }),
    sql`select o.id as organization_id, o.name as organization_name, p.id as person_id,
          concat_ws(' ', p.given_name, p.family_name) as person_name
        from meetings m
        join meeting_organizations mo on mo.meeting_id = m.id
        join organizations o on o.id = mo.organization_id and o.classification = 'Ausschuss'
        join memberships ms on ms.organization_id = o.id and ms.role = 'Mitglied' and ms.deleted_at is null
          and (ms.start_date is null or ms.start_date <= ${DEMO_ANCHOR_DATE}::date) and (ms.end_date is null or ms.end_date >= current_date)
        join persons p on p.id = ms.person_id
        -- a session still to come when the demo is loaded, which may be weeks after its „today“
        where m.body_id = ${bodyId} and m.start >= greatest(${DEMO_ANCHOR_DATE}::date, now()) and not m.cancelled
          and exists (select 1 from agenda_items a where a.meeting_id = m.id and not a.public and a.deleted_at is null)
        order by m.start, p.family_name, p.id
        limit 1`,
  );
  const unit = await queryRow(
    db,
    z.object({ id: z.number() }),
    sql`select d.organization_id as id from paper_directions d join papers p on p.id = d.paper_id
        where p.body_id = ${bodyId} and not p.public group by d.organization_id order by count(*) desc, d.organization_id limit 1`,
  );
  const wanted: { email: string; displayName: string; personId: number | null; unitId: number | null; roles: RoleGrant[]; label: string }[] = [
    {
      email: 'admin@nordheide.example',
      displayName: 'Demo-Administration',
      personId: null,
      unitId: null,
      roles: [{ role: 'administration', organizationId: null }],
      label: 'Administration',
    },
  ];
  if (target) {
    wanted.push({
      email: 'ratsmitglied@nordheide.example',
      displayName: target.person_name,
      personId: target.person_id,
      unitId: null,
      roles: [{ role: 'mandatstraeger', organizationId: null }],
      label: `Mandatsträger/in, Mitglied im ${target.organization_name}`,
    });
    wanted.push({
      email: 'sitzungsdienst@nordheide.example',
      displayName: 'Demo-Sitzungsdienst',
      personId: null,
      unitId: null,
      roles: [{ role: 'sitzungsdienst', organizationId: target.organization_id }],
      label: `Sitzungsdienst für den ${target.organization_name}`,
    });
  }
  if (unit)
    wanted.push({
      email: 'sachbearbeitung@nordheide.example',
      displayName: 'Demo-Sachbearbeitung',
      personId: null,
      unitId: unit.id,
      roles: [{ role: 'sachbearbeitung', organizationId: unit.id }],
      label: 'Sachbearbeitung',
    });
  const created: DemoAccount[] = [];
  for (const w of wanted) {
    const account = await createAccount(
      db,
      bodyId,
      { email: w.email, displayName: w.displayName, personId: w.personId, unitId: w.unitId, roles: w.roles },
      { userId: null },
      DEMO_PASSWORD,
    );
    // the demo's own data breaks no account rule: a refusal is a bug in the demo
    if (!account.ok) throw new Error(account.error);
    created.push({ email: w.email, displayName: w.displayName, role: w.label });
  }
  return created;
}
