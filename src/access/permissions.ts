/**
 * @module access/permissions
 * Who may do what in the back office, beside the visibility policy (who may read what). Every
 * back-office route names one permission (`config: { access: 'staff', permission }`); the shell
 * answers 404 to everyone without it, and the route-registry test asks every route as every role.
 *
 * - Administration: everything.
 * - Sitzungsdienst: the workspace, reading all master data, changing the Sitzungsorte and the
 *   memberships of the Gremien it runs (the object check is `mayChangeMembershipsOf`); setting up
 *   new Ausschüsse and Beiräte, which it then runs, and keeping the data of the Gremien it runs
 *   (`mayChangeOrganization`). The Kreistag, Fraktionen and Verwaltung units stay the
 *   administration's.
 * - Sachbearbeitung: the workspace and uploads; no master data (its papers come with issue 18).
 * - Mandatsträger/innen and the public: nothing here.
 */
import type { Viewer } from './visibility.ts';

export const staffRoles = ['sachbearbeitung', 'sitzungsdienst', 'administration'] as const;
export type StaffRole = (typeof staffRoles)[number];

export const permissions = {
  /** `/verwaltung`, „Meine Aufgaben“, the upload service. */
  workspace: ['sachbearbeitung', 'sitzungsdienst', 'administration'],
  /** Lists, search and pages of Gremien, persons, memberships, Wahlperioden, Sitzungsorte. */
  'masterData.read': ['sitzungsdienst', 'administration'],
  /** Sitzungsdienst only for Ausschüsse and Beiräte it sets up or runs (`mayChangeOrganization`). */
  'organizations.change': ['sitzungsdienst', 'administration'],
  'persons.change': ['administration'],
  /** Sitzungsdienst only for the Gremien it runs (`mayChangeMembershipsOf`). */
  'memberships.change': ['sitzungsdienst', 'administration'],
  'terms.change': ['administration'],
  'locations.change': ['sitzungsdienst', 'administration'],
  'bodySettings.change': ['administration'],
  /** Accounts, roles, audit log, search synonyms, legal texts, text extraction. */
  administration: ['administration'],
} as const satisfies Record<string, readonly StaffRole[]>;
export type Permission = keyof typeof permissions;
export const permissionNames = Object.keys(permissions) as Permission[];

/** The staff roles the viewer holds (the command line and jobs act as the administration). */
export function staffRolesOf(viewer: Viewer): readonly StaffRole[] {
  if (viewer.kind === 'administration') return ['administration'];
  if (viewer.kind !== 'account') return [];
  return viewer.admin ? [...new Set<StaffRole>([...viewer.staffRoles, 'administration'])] : viewer.staffRoles;
}

export function may(viewer: Viewer, permission: Permission): boolean {
  const held = staffRolesOf(viewer);
  if (held.includes('administration')) return true;
  return (permissions[permission] as readonly StaffRole[]).some((role) => held.includes(role));
}

/** Every permission the viewer holds (the workspace navigation shows only these). */
export function permissionsOf(viewer: Viewer): Permission[] {
  return permissionNames.filter((p) => may(viewer, p));
}

/** Memberships of this Gremium: the administration, and the Sitzungsdienst that runs it. */
export function mayChangeMembershipsOf(viewer: Viewer, organizationId: number): boolean {
  if (!may(viewer, 'memberships.change')) return false;
  if (staffRolesOf(viewer).includes('administration')) return true;
  return viewer.kind === 'account' && viewer.sessionServiceIds.includes(organizationId);
}

/** The Arten of Gremien a Sitzungsdienst may set up and keep (organizations/kinds). */
const sessionServiceKinds: readonly string[] = ['ausschuss', 'beirat'];

/**
 * A Gremium's data: the administration always; the Sitzungsdienst for an Ausschuss or Beirat that
 * is new (`id` undefined) or that it runs. `kinds` are the Arten involved (before and after a change).
 */
export function mayChangeOrganization(viewer: Viewer, target: { id?: number | undefined; kinds: readonly (string | undefined)[] }): boolean {
  if (!may(viewer, 'organizations.change')) return false;
  if (staffRolesOf(viewer).includes('administration')) return true;
  if (viewer.kind !== 'account' || !target.kinds.every((k) => k !== undefined && sessionServiceKinds.includes(k))) return false;
  return target.id === undefined || viewer.sessionServiceIds.includes(target.id);
}
