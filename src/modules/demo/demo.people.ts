/**
 * @module demo/people
 * Persons and their memberships over both Wahlperioden: Kreistag members sit in the Kreistag,
 * their Fraktion, one to three Ausschüsse and sometimes a Beirat; sachkundige Bürgerinnen and
 * Bürger sit in one Ausschuss; staff belong to a Verwaltung unit without a vote. Some members
 * leave after the first term, others join with the second.
 */
import type { Rng } from './demo.random.ts';
import type { DemoMembership, DemoPerson, DemoTerm } from './demo.types.ts';
import { advisoryKeys, committeeKeys, councilKey, factions, familyNames, femaleGivenNames, FIRST_TERM, maleGivenNames, SECOND_TERM } from './demo.names.ts';

export interface PeopleResult {
  persons: DemoPerson[];
  memberships: DemoMembership[];
}

/** Lower-case ASCII for invented mail addresses. */
function mailPart(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const fachausschuesse = committeeKeys.filter((key) => key !== 'HA' && key !== 'FA' && key !== 'RPA');

interface StaffDef {
  unit: string;
  female: string;
  male: string;
}

const staffPositions: StaffDef[] = [
  { unit: 'KTB', female: 'Leiterin des Kreistagsbüros', male: 'Leiter des Kreistagsbüros' },
  { unit: 'KTB', female: 'Sachbearbeiterin Kreistagsbüro', male: 'Sachbearbeiter Kreistagsbüro' },
  { unit: 'FD 20', female: 'Fachdienstleiterin Finanzen', male: 'Fachdienstleiter Finanzen' },
  { unit: 'FD 51', female: 'Fachdienstleiterin Jugend und Familie', male: 'Fachdienstleiter Jugend und Familie' },
  { unit: 'FD 50', female: 'Fachdienstleiterin Soziales und Pflege', male: 'Fachdienstleiter Soziales und Pflege' },
  { unit: 'FD 40', female: 'Fachdienstleiterin Schulen und Kultur', male: 'Fachdienstleiter Schulen und Kultur' },
  { unit: 'FD 70', female: 'Fachdienstleiterin Umwelt', male: 'Fachdienstleiter Umwelt' },
  { unit: 'KLIMA', female: 'Klimaschutzmanagerin', male: 'Klimaschutzmanager' },
  { unit: 'KIT', female: 'Integrationsbeauftragte', male: 'Integrationsbeauftragter' },
  { unit: 'FD 66', female: 'Fachdienstleiterin Straßen und Mobilität', male: 'Fachdienstleiter Straßen und Mobilität' },
];

export function generatePeople(rng: Rng): PeopleResult {
  const persons: DemoPerson[] = [];
  const memberships: DemoMembership[] = [];
  const usedNames = new Set<string>();

  const newPerson = (female: boolean, status: (female: boolean) => string, staff: boolean): DemoPerson => {
    let givenName = '';
    let familyName = '';
    do {
      givenName = rng.pick(female ? femaleGivenNames : maleGivenNames);
      familyName = rng.pick(familyNames);
    } while (usedNames.has(`${givenName} ${familyName}`) || usedNames.has(familyName));
    // family names stay unique too, so „Frau Ahrens“ in a protocol names one person only
    usedNames.add(`${givenName} ${familyName}`).add(familyName);
    const key = `p${String(persons.length + 1).padStart(2, '0')}`;
    const person: DemoPerson = {
      key,
      familyName,
      givenName,
      formOfAddress: female ? 'Frau' : 'Herr',
      title: rng.chance(0.1) ? ['Dr.'] : [],
      gender: female ? 'female' : 'male',
      email: staff
        ? [`${mailPart(givenName).charAt(0)}.${mailPart(familyName)}@kreis-nordheide.example`]
        : [`${mailPart(givenName)}.${mailPart(familyName)}@kreistag-nordheide.example`],
      phone: staff ? [`04199 8807-${String(210 + persons.length)}`] : [],
      status: [status(female)],
    };
    persons.push(person);
    return person;
  };

  const add = (personKey: string, organizationKey: string, term: DemoTerm, role: string, onBehalfOfKey: string | null): void => {
    memberships.push({
      personKey,
      organizationKey,
      role,
      votingRight: role !== 'stellv. Mitglied',
      startDate: term.startDate,
      endDate: term === FIRST_TERM ? term.endDate : null,
      onBehalfOfKey,
    });
  };

  // Kreistag members per Fraktion: some serve both terms, some leave, some join
  const seated: Record<'first' | 'second', { person: DemoPerson; faction: string }[]> = { first: [], second: [] };
  for (const faction of factions) {
    const [first, second] = faction.seats;
    const both = Math.min(first, second) - (Math.min(first, second) >= 8 ? 2 : 1);
    const plan = [
      ...Array.from({ length: both }, () => ['first', 'second'] as const),
      ...Array.from({ length: first - both }, () => ['first'] as const),
      ...Array.from({ length: second - both }, () => ['second'] as const),
    ];
    for (const termsServed of plan) {
      const stillSeated = termsServed.some((which) => which === 'second');
      const person = newPerson(
        rng.chance(0.42),
        (female) => {
          const title = female ? 'Kreistagsabgeordnete' : 'Kreistagsabgeordneter';
          return stillSeated ? title : `${female ? 'ehemalige' : 'ehemaliger'} ${title}`;
        },
        false,
      );
      for (const which of termsServed) seated[which].push({ person, faction: faction.key });
    }
  }

  for (const [which, term] of [
    ['first', FIRST_TERM],
    ['second', SECOND_TERM],
  ] as const) {
    const members = seated[which];
    const chairs = rng.shuffle(members.filter((m) => m.faction === 'F-CDU' || m.faction === 'F-SPD'));
    for (const m of members) {
      const role = m === chairs[0] ? 'Vorsitz' : m === chairs[1] ? 'stellv. Vorsitz' : 'Mitglied';
      add(m.person.key, councilKey, term, role, m.faction);
    }
    for (const faction of factions) {
      const own = rng.shuffle(members.filter((m) => m.faction === faction.key));
      own.forEach((m, i) => add(m.person.key, faction.key, term, i === 0 ? 'Vorsitz' : i === 1 ? 'stellv. Vorsitz' : 'Mitglied', null));
    }
    // one to three Ausschüsse each, always filling the emptiest first so every committee has members
    const seats = new Map<string, { person: string; faction: string }[]>(committeeKeys.map((key) => [key, []]));
    for (const m of rng.shuffle(members)) {
      const count = rng.weighted([
        [1, 2],
        [2, 4.5],
        [3, 3.5],
      ] as const);
      const chosen = rng
        .shuffle([...committeeKeys])
        .sort((a, b) => (seats.get(a)?.length ?? 0) - (seats.get(b)?.length ?? 0))
        .slice(0, count);
      for (const key of chosen) seats.get(key)?.push({ person: m.person.key, faction: m.faction });
    }
    for (const [key, list] of seats) {
      list.forEach((seat, i) => {
        const role = i === 0 ? 'Vorsitz' : i === 1 ? 'stellv. Vorsitz' : rng.chance(0.18) ? 'stellv. Mitglied' : 'Mitglied';
        add(seat.person, key, term, role, seat.faction);
      });
    }
    for (const key of advisoryKeys) {
      rng.sample(members, 4).forEach((m, i) => add(m.person.key, key, term, i === 0 ? 'Vorsitz' : i === 1 ? 'stellv. Vorsitz' : 'Mitglied', m.faction));
    }
  }

  // two sachkundige Bürgerinnen or Bürger per Fraktion: the first serves both terms, the second only the current one
  for (const faction of factions) {
    for (const both of [true, false]) {
      const person = newPerson(rng.chance(0.5), (female) => (female ? 'Sachkundige Bürgerin' : 'Sachkundiger Bürger'), false);
      const committee = rng.pick(fachausschuesse);
      if (both) add(person.key, committee, FIRST_TERM, 'Mitglied', faction.key);
      add(person.key, both ? committee : rng.pick(fachausschuesse), SECOND_TERM, 'Mitglied', faction.key);
    }
  }

  for (const staff of staffPositions) {
    const female = rng.chance(0.55);
    const person = newPerson(female, () => (female ? staff.female : staff.male), true);
    memberships.push({
      personKey: person.key,
      organizationKey: staff.unit,
      role: 'Mitglied',
      votingRight: false,
      startDate: `${rng.int(2009, 2022)}-${rng.pick(['01', '04', '07', '10'])}-01`,
      endDate: null,
      onBehalfOfKey: null,
    });
  }
  return { persons, memberships };
}

/** Look-ups on the current Wahlperiode that agendas and minutes need. */
export interface PeopleIndex {
  person(key: string): DemoPerson | undefined;
  /** Members of an organization in the current term (voting members first). */
  members(organizationKey: string): DemoMembership[];
  chair(organizationKey: string): DemoPerson | undefined;
  /** Staff of a Verwaltung unit. */
  staff(unitKey: string): DemoPerson[];
  fullName(person: DemoPerson): string;
}

export function indexPeople({ persons, memberships }: PeopleResult): PeopleIndex {
  const byKey = new Map(persons.map((p) => [p.key, p]));
  const current = memberships.filter((m) => m.endDate === null);
  return {
    person: (key) => byKey.get(key),
    members: (organizationKey) => current.filter((m) => m.organizationKey === organizationKey).sort((a, b) => Number(b.votingRight) - Number(a.votingRight)),
    chair: (organizationKey) => {
      const membership = current.find((m) => m.organizationKey === organizationKey && m.role === 'Vorsitz');
      return membership ? byKey.get(membership.personKey) : undefined;
    },
    staff: (unitKey) => current.filter((m) => m.organizationKey === unitKey && !m.votingRight).flatMap((m) => byKey.get(m.personKey) ?? []),
    fullName: (person) => [...person.title, person.givenName, person.familyName].join(' '),
  };
}
