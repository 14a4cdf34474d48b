/**
 * @module test/helpers/people-fixtures
 * Persons, memberships over two Wahlperioden, more organizations, sessions and papers on top
 * of the test body of `openTestApp`, for the `/gremien` and `/personen` tests. Every date,
 * role and count is fixed, so tests assert exact lists.
 *
 * Wahlperiode 2018–2023 ends on 31.05.2023; Wahlperiode 2023– begins on 01.06.2023 and has no
 * end, so it is the current one whatever day the tests run.
 *
 * Current members (2023–): Kreistag: Albers (Vorsitz), Özdemir, Brandt (left 31.03.2025).
 * Sozialausschuss: Özdemir (Vorsitz), Brandt (stellv. Vorsitz), Albers (Mitglied), Voß
 * (stellv. Mitglied, beratend, for the Bürgerliste). Seniorenbeirat: Brandt (Beratendes Mitglied).
 * Old term only: Ehlers (Kreistag, Sozialausschuss stellv. Vorsitz, Bürgerliste).
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../src/db/client.ts';
import { legislativeTerms } from '../../src/modules/bodies/bodies.tables.ts';
import { meetingOrganizations, meetings, type MeetingState } from '../../src/modules/meetings/meetings.tables.ts';
import { organizations, type OrganizationType } from '../../src/modules/organizations/organizations.tables.ts';
import { memberships, persons } from '../../src/modules/people/people.tables.ts';
import type { TestApp } from './app.ts';

export const OLD_TERM = { name: 'Wahlperiode 2018–2023', startDate: '2018-06-01', endDate: '2023-05-31' } as const;
export const CURRENT_TERM = { name: 'Wahlperiode 2023–', startDate: '2023-06-01', endDate: null } as const;

/** The non-public paper: its title and reference must appear on no page for anonymous readers. */
export const secretPaper = { reference: 'VO/2025/300', slug: 'VO-2025-300', name: 'Grundstücksankauf am Geheimweg 7' } as const;
/** Private contact data of persons, never shown. */
export const privateData = ['h.albers@privat.example', '04199 555 0101', 'a.luedemann@kreis-test.example', '04199 8807-210'] as const;

export interface PeopleFixture {
  terms: { old: number; current: number };
  organizations: {
    kreistag: number;
    sozial: number;
    finanz: number;
    integration: number;
    buergerliste: number;
    gruene: number;
    seniorenbeirat: number;
    kommission: number;
    fachbereich: number;
    fachdienst: number;
  };
  persons: { albers: number; brandt: number; ehlers: number; luedemann: number; oezdemir: number; voss: number };
  meetings: { sozialPast: number; sozialFuture: number[]; sozialCancelled: number; sozialUnscheduled: number; sozialOlder: number[] };
}

async function insertOne<T extends { id: number }>(rows: Promise<T[]>): Promise<T> {
  const [row] = await rows;
  if (!row) throw new Error('fixture insert returned no row');
  return row;
}

/** Adds the fixture to an open test app; `extraPersons` more persons without memberships („Zett 01“ …) test paging. */
export async function addPeopleFixture(t: TestApp, options: { extraPersons?: number } = {}): Promise<PeopleFixture> {
  const db: Db = t.database.db;
  const bodyId = t.fixture.bodyId;
  const base = t.fixture.organizations;

  const old = await insertOne(
    db
      .insert(legislativeTerms)
      .values({ bodyId, ...OLD_TERM })
      .returning(),
  );
  const current = await insertOne(
    db
      .insert(legislativeTerms)
      .values({ bodyId, ...CURRENT_TERM })
      .returning(),
  );

  // position decides the order before the name: the Sozialausschuss comes before the Finanzausschuss
  for (const [id, position] of [
    [base.kreistag, 1],
    [base.sozial, 2],
    [base.finanz, 3],
  ] as const) {
    await db.update(organizations).set({ position }).where(eq(organizations.id, id));
  }
  const org = (values: { name: string; organizationType: OrganizationType; classification: string; position?: number; subOrganizationOfId?: number }) =>
    insertOne(
      db
        .insert(organizations)
        .values({ bodyId, ...values })
        .returning(),
    ).then((o) => o.id);
  const seniorenbeirat = await org({ name: 'Seniorenbeirat', organizationType: 'Gremium', classification: 'Beirat', position: 4 });
  const kommission = await org({ name: 'Kommission für Partnerschaften', organizationType: 'Gremium', classification: 'Kommission', position: 5 });
  const gruene = await org({ name: 'Fraktion Grüne Liste', organizationType: 'Fraktion', classification: 'Fraktion', position: 2 });
  await db.update(organizations).set({ position: 1, shortName: 'BL' }).where(eq(organizations.id, base.fraktion));
  const fachbereich = await org({
    name: 'Fachbereich 2 – Jugend und Soziales',
    organizationType: 'Verwaltungsbereich',
    classification: 'Fachbereich',
    position: 1,
  });
  const fachdienst = await org({
    name: 'Fachdienst Soziales',
    organizationType: 'Verwaltungsbereich',
    classification: 'Fachdienst',
    position: 2,
    subOrganizationOfId: fachbereich,
  });
  await db.update(organizations).set({ position: 3 }).where(eq(organizations.id, base.integration));

  const [albersRow] = await db.select({ id: persons.id }).from(persons).where(eq(persons.familyName, 'Albers'));
  if (!albersRow) throw new Error('the test body has no Henrike Albers');
  const albers = albersRow.id;
  await db
    .update(persons)
    .set({ formOfAddress: 'Frau', status: ['Kreistagsabgeordnete'], email: [privateData[0]], phone: [privateData[1]] })
    .where(eq(persons.id, albers));
  const person = (values: { givenName: string; familyName: string; formOfAddress: string; status: string[]; email?: string[]; phone?: string[] }) =>
    insertOne(
      db
        .insert(persons)
        .values({ bodyId, ...values })
        .returning(),
    ).then((p) => p.id);
  const oezdemir = await person({ givenName: 'Jens', familyName: 'Özdemir', formOfAddress: 'Herr', status: ['Kreistagsabgeordneter'] });
  const ehlers = await person({ givenName: 'Maren', familyName: 'Ehlers', formOfAddress: 'Frau', status: ['ehemalige Kreistagsabgeordnete'] });
  const voss = await person({ givenName: 'Ulrike', familyName: 'Voß', formOfAddress: 'Frau', status: ['Sachkundige Bürgerin'] });
  const brandt = await person({ givenName: 'Karsten', familyName: 'Brandt', formOfAddress: 'Herr', status: ['Kreistagsabgeordneter'] });
  const luedemann = await person({
    givenName: 'Anna',
    familyName: 'Lüdemann',
    formOfAddress: 'Frau',
    status: ['Integrationsbeauftragte'],
    email: [privateData[2]],
    phone: [privateData[3]],
  });
  for (let i = 1; i <= (options.extraPersons ?? 0); i++) {
    await person({ givenName: 'Person', familyName: `Zett ${String(i).padStart(2, '0')}`, formOfAddress: 'Frau', status: [] });
  }

  const member = (
    personId: number,
    organizationId: number,
    role: string,
    span: { startDate: string; endDate: string | null },
    extra: { onBehalfOfId?: number; votingRight?: boolean } = {},
  ) => db.insert(memberships).values({ bodyId, personId, organizationId, role, startDate: span.startDate, endDate: span.endDate, ...extra });
  const { kreistag, sozial, fraktion: buergerliste, integration } = base;
  // the current term
  await member(albers, kreistag, 'Vorsitz', CURRENT_TERM, { onBehalfOfId: buergerliste });
  await member(albers, buergerliste, 'Vorsitz', CURRENT_TERM);
  await member(albers, sozial, 'Mitglied', CURRENT_TERM, { onBehalfOfId: buergerliste });
  await member(oezdemir, kreistag, 'Mitglied', CURRENT_TERM, { onBehalfOfId: gruene });
  await member(oezdemir, gruene, 'Mitglied', CURRENT_TERM);
  await member(oezdemir, sozial, 'Vorsitz', CURRENT_TERM, { onBehalfOfId: gruene });
  await member(brandt, kreistag, 'Mitglied', { startDate: '2023-06-01', endDate: '2025-03-31' }, { onBehalfOfId: gruene });
  await member(brandt, gruene, 'Mitglied', { startDate: '2023-06-01', endDate: '2025-03-31' });
  await member(brandt, sozial, 'stellv. Vorsitz', CURRENT_TERM, { onBehalfOfId: gruene });
  await member(brandt, seniorenbeirat, 'Beratendes Mitglied', CURRENT_TERM, { votingRight: false });
  await member(voss, sozial, 'stellv. Mitglied', CURRENT_TERM, { onBehalfOfId: buergerliste, votingRight: false });
  await member(luedemann, integration, 'Mitglied', { startDate: '2015-04-01', endDate: null }, { votingRight: false });
  // the old term
  await member(albers, kreistag, 'Mitglied', OLD_TERM, { onBehalfOfId: buergerliste });
  await member(albers, buergerliste, 'Mitglied', OLD_TERM);
  await member(ehlers, kreistag, 'Mitglied', OLD_TERM, { onBehalfOfId: buergerliste });
  await member(ehlers, buergerliste, 'Mitglied', OLD_TERM);
  await member(ehlers, sozial, 'stellv. Vorsitz', OLD_TERM, { onBehalfOfId: buergerliste });
  await member(oezdemir, sozial, 'Mitglied', OLD_TERM, { onBehalfOfId: gruene });

  const meeting = async (name: string, start: string | null, state: MeetingState, cancelled = false) => {
    const m = await insertOne(
      db
        .insert(meetings)
        .values({ bodyId, name, start: start === null ? null : new Date(start), meetingState: state, cancelled })
        .returning(),
    );
    await db.insert(meetingOrganizations).values({ bodyId, meetingId: m.id, organizationId: sozial });
    return m.id;
  };
  const sozialFuture = [
    await meeting('20. Sitzung des Sozial- und Gesundheitsausschusses', '2099-09-15T15:00:00Z', 'geplant'),
    await meeting('18. Sitzung des Sozial- und Gesundheitsausschusses', '2099-03-01T16:00:00Z', 'eingeladen'),
  ];
  const sozialCancelled = await meeting('19. Sitzung des Sozial- und Gesundheitsausschusses', '2099-05-01T15:00:00Z', 'abgesagt', true);
  const sozialUnscheduled = await meeting('Sondersitzung des Sozial- und Gesundheitsausschusses', null, 'geplant');
  // eleven sessions in 2024, one per month from January: with the one of 03.06.2025 the latest ten are shown
  const sozialOlder: number[] = [];
  for (let month = 1; month <= 11; month++) {
    sozialOlder.push(
      await meeting(`${month}. Sitzung 2024 des Sozial- und Gesundheitsausschusses`, `2024-${String(month).padStart(2, '0')}-10T15:00:00Z`, 'durchgeführt'),
    );
  }

  await t.importPapers({
    papers: [
      {
        reference: secretPaper.reference,
        type: 'Beschlussvorlage',
        name: secretPaper.name,
        date: '2025-09-01',
        public: false,
        underDirectionOf: ['Koordinierungsstelle für Integration und Teilhabe'],
        originatorPersons: ['Henrike Albers'],
        originatorOrganizations: ['Fraktion Bürgerliste'],
        consultations: [{ organization: 'Sozial- und Gesundheitsausschuss', role: 'Vorberatung' }],
      },
      {
        reference: 'AN/2025/7',
        type: 'Antrag',
        name: 'Antrag: Mehr Sitzbänke vor dem Kreishaus',
        date: '2025-08-01',
        originatorPersons: ['Dr. Henrike Albers'],
        originatorOrganizations: ['Fraktion Bürgerliste'],
        consultations: [{ organization: 'Sozial- und Gesundheitsausschuss', role: 'Vorberatung' }],
      },
      {
        reference: 'MV/2024/3',
        type: 'Mitteilungsvorlage',
        name: 'Bericht über die Pflegestützpunkte',
        date: '2024-03-01',
        consultations: [{ organization: 'Sozial- und Gesundheitsausschuss', role: 'Kenntnisnahme' }],
      },
      // twenty older reports: the Gremium page shows the newest 20 of 23 public papers
      ...Array.from({ length: 20 }, (_, i) => ({
        reference: `MV/2023/${i + 1}`,
        type: 'Mitteilungsvorlage',
        name: `Quartalsbericht Eingliederungshilfe Nr. ${i + 1}`,
        date: `2023-01-${String(i + 1).padStart(2, '0')}`,
        consultations: [{ organization: 'Sozial- und Gesundheitsausschuss', role: 'Kenntnisnahme' }],
      })),
    ],
  });

  return {
    terms: { old: old.id, current: current.id },
    organizations: {
      kreistag,
      sozial,
      finanz: base.finanz,
      integration,
      buergerliste,
      gruene,
      seniorenbeirat,
      kommission,
      fachbereich,
      fachdienst,
    },
    persons: { albers, brandt, ehlers, luedemann, oezdemir, voss },
    meetings: { sozialPast: t.fixture.meetings.sozialPast, sozialFuture, sozialCancelled, sozialUnscheduled, sozialOlder },
  };
}
