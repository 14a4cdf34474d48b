/** @module db/schema — every table, gathered for Drizzle and drizzle-kit. Each module owns its own. */
export * from '../modules/bodies/bodies.tables.ts';
export * from '../modules/locations/locations.tables.ts';
export * from '../modules/files/files.tables.ts';
export * from '../modules/organizations/organizations.tables.ts';
export * from '../modules/people/people.tables.ts';
export * from '../modules/meetings/meetings.tables.ts';
export * from '../modules/papers/papers.tables.ts';
export * from '../modules/auth/auth.tables.ts';
export * from '../modules/audit/audit.tables.ts';
export * from '../modules/members/members.tables.ts';
export * from '../modules/search/search.tables.ts';
export * from '../modules/legal/legal.tables.ts';
