/**
 * @module workspace/tasks
 * „Meine Aufgaben“: what waits for the logged-in member of staff, gathered from the domains. Each
 * group names the permission that makes it the asker's business, so a Sachbearbeiterin never
 * sees the Sitzungsdienst's list; the Sitzungsdienst sees only its own Gremien. Later back-office
 * work (papers to co-sign, sessions to prepare) adds its group here.
 */
import { may, staffRolesOf, type Permission, type Viewer } from '../../access/index.ts';
import type { Db } from '../../db/client.ts';
import { berlinDate } from '../../lib/format.ts';
import { meetingsWithoutPlace } from '../meetings/index.ts';
import { organizationsWithoutMembers, personsWithoutCurrentMembership } from '../people/index.ts';

export interface TaskItem {
  label: string;
  href: string;
  /** A date or other short fact beside the label. */
  note?: string;
}

export interface TaskGroup {
  key: string;
  title: string;
  /** Why it matters, in one sentence. */
  why: string;
  total: number;
  items: TaskItem[];
}

const dateText = (d: Date | null) =>
  d ? d.toLocaleDateString('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric' }) : 'ohne Termin';

/** The Gremien the viewer's lists are limited to: undefined for the administration (all). */
function ownGremien(viewer: Viewer): readonly number[] | undefined {
  if (staffRolesOf(viewer).includes('administration')) return undefined;
  return viewer.kind === 'account' ? viewer.sessionServiceIds : [];
}

interface TaskSource {
  permission: Permission;
  load(db: Db, bodyId: number, viewer: Viewer, now: Date): Promise<TaskGroup>;
}

const sources: TaskSource[] = [
  {
    permission: 'masterData.read',
    async load(db, bodyId, viewer, now) {
      const found = await meetingsWithoutPlace(db, bodyId, now, { organizationIds: ownGremien(viewer) });
      return {
        key: 'sitzungen-ohne-ort',
        title: 'Sitzungen ohne Sitzungsort',
        why: 'Ohne Ort kann keine Einladung hinausgehen, und das Portal zeigt nicht, wo getagt wird.',
        total: found.total,
        items: found.items.map((m) => ({ label: m.name, href: `/sitzungen/${m.id}`, note: dateText(m.start) })),
      };
    },
  },
  {
    permission: 'masterData.read',
    async load(db, bodyId, viewer, now) {
      const found = await organizationsWithoutMembers(db, bodyId, berlinDate(now), { organizationIds: ownGremien(viewer) });
      return {
        key: 'gremien-ohne-mitglieder',
        title: 'Gremien ohne Mitglieder',
        why: 'Ein Gremium ohne laufende Mitgliedschaften ist nicht beschlussfähig, und niemand erhält seine Einladungen.',
        total: found.total,
        items: found.items.map((o) => ({ label: o.name, href: `/verwaltung/gremien/${o.id}/mitglieder` })),
      };
    },
  },
  {
    permission: 'persons.change',
    async load(db, bodyId, _viewer, now) {
      const found = await personsWithoutCurrentMembership(db, bodyId, berlinDate(now));
      return {
        key: 'personen-ohne-mitgliedschaft',
        title: 'Personen ohne laufende Mitgliedschaft',
        why: 'Wer in keinem Gremium mehr sitzt, ist ausgeschieden oder noch nicht zugeordnet: Bitte Mitgliedschaft eintragen oder beenden.',
        total: found.total,
        items: found.items.map((p) => ({ label: p.name, href: `/verwaltung/personen/${p.id}` })),
      };
    },
  },
];

/** The groups the viewer's roles cover, in order, empty ones included (they say „nichts offen“). */
export async function tasksFor(db: Db, bodyId: number, viewer: Viewer, now: Date): Promise<TaskGroup[]> {
  const mine = sources.filter((s) => may(viewer, s.permission));
  return Promise.all(mine.map((s) => s.load(db, bodyId, viewer, now)));
}
