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
export { organizationsWithoutMembers, personsWithoutCurrentMembership, type GapList } from './people.gaps.ts';
export { createPerson, findPersonRecord, listPersonRecords, updatePerson, type PersonRecord } from './person-records.ts';
export { parsePerson, titleText, type PersonFormFields, type PersonInput } from './person-rules.ts';
export { createMembership, findMembershipRecord, listMemberships, updateMembership, type Membership } from './membership-records.ts';
export { DEPUTY, membershipRoles, parseMembership, type MembershipFormFields, type MembershipInput } from './membership-rules.ts';
