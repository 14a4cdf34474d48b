/** @module organizations — Gremien, Fraktionen, Verwaltung units. */
export * from './organizations.tables.ts';
export { findOrganizationsByName, type Organization } from './organizations.repo.ts';
