/** @module people — persons and their memberships. */
export { findPersonsByName, type Person } from './people.repo.ts';
export { currentFraktionen, formatPersonName, type PersonNameParts } from './people.names.ts';
export {
  findPersonPage,
  listPersonFilterOptions,
  listPersons,
  normalizeSearch,
  type FraktionLink,
  type PersonFilterOptions,
  type PersonListFilter,
  type PersonListItem,
  type PersonListResult,
  type PersonMembership,
  type PersonPage,
  type PersonPaper,
} from './people.queries.ts';
export { personNameFields } from './people.names.ts';
export { findPersonName, isPersonOfBody, listLinkablePersons, personNames, type NamedPerson } from './people.admin.ts';
export { organizationsWithoutMembers, personsWithoutCurrentMembership, type Gaps } from './people.gaps.ts';
