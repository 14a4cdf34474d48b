/** @module people — persons and their memberships. */
export * from './people.tables.ts';
export { findPersonsByName, type Person } from './people.repo.ts';
