/** @module organizations — Gremien, Fraktionen, Verwaltung units. */
export { findOrganizationsByName, type Organization } from './organizations.repo.ts';
export { groupOf, groupOrganizations, type OrganizationEntry, type OrganizationGroup, type OrganizationSummary } from './organizations.groups.ts';
export {
  findOrganizationPage,
  listOrganizations,
  type MeetingRef,
  type MemberView,
  type OrganizationPage,
  type OrganizationPaper,
  type PaperSource,
} from './organizations.queries.ts';
export { listAssignableOrganizations, organizationNames, organizationTypesOf, type AssignableOrganization } from './organizations.admin.ts';
export { findOrganizationRecord, type OrganizationRecord } from './organizations.records.ts';
export { listOrganizationRecords } from './organizations.records.ts';
export { createOrganization, updateOrganization, type ManagedBody, type OrganizationProblems } from './organizations.manage.ts';
export { parseOrganizationDraft, type OrganizationDraft, type OrganizationInput } from './organizations.input.ts';
export { kindOf, organizationKinds, type OrganizationKind } from './organizations.kinds.ts';
