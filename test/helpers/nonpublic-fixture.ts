/**
 * @module test/helpers/nonpublic-fixture
 * Non-public content on the test body of `openTestApp`, and the people who may or may not see
 * it. Every secret contains the word „Quokka“, which nothing public contains, so a leak test
 * only has to look for that word.
 *
 * - Sozialausschuss, next session (2099): public item Ö 1, non-public item N 1 with resolution
 *   text and its own non-public file, and the non-public paper VO/2099/7 consulted on it, with
 *   a non-public attachment. The 2025 session holds a non-public Niederschrift.
 * - The public paper VO/2025/246 gets one non-public attachment.
 * - Accounts: Maren Ketelsen, deputy member of the Sozialausschuss (entitled); Olaf Dührsen,
 *   member of the Finanzausschuss (not entitled); Gesa Thomsen, invited to the 2099 session
 *   only; Sachbearbeitung of the Koordinierungsstelle (unit of VO/2099/7); an administrator.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../src/db/client.ts';
import { createFile } from '../../src/modules/files/index.ts';
import { agendaItemFiles, agendaItems, meetingFiles, meetingInvitees, meetingOrganizations, meetings } from '../../src/modules/meetings/meetings.tables.ts';
import { consultations, paperDirections, paperFiles, paperOriginators, papers } from '../../src/modules/papers/papers.tables.ts';
import { memberships, persons } from '../../src/modules/people/people.tables.ts';
import type { TestApp } from './app.ts';
import { createTestAccount } from './accounts.ts';
import { makePdf } from './fixtures.ts';

export const SECRET_WORD = 'Quokka';

export const accounts = {
  entitled: 'maren.ketelsen@kreis-test.de',
  otherCommittee: 'olaf.duehrsen@kreis-test.de',
  invitee: 'gesa.thomsen@kreis-test.de',
  staff: 'sachbearbeitung@kreis-test.de',
  sessionService: 'sitzungsdienst@kreis-test.de',
  admin: 'admin@kreis-test.de',
} as const;

export interface NonPublicFixture {
  meetings: { sozialFuture: number; sozialPast: number };
  paper: { id: number; slug: string; reference: string };
  agendaItems: { publicItem: number; nonPublicItem: number };
  files: { paperAttachment: number; agendaItemFile: number; protocol: number; publicPaperSecretAttachment: number; publicFile: number };
  persons: { entitled: number; otherCommittee: number; invitee: number; originator: number };
  organizations: { sozial: number; integration: number };
  /** The non-public paper's step of the Beratungsfolge. */
  consultation: number;
  bodyId: number;
  accountIds: Record<keyof typeof accounts, number>;
}

async function one<T>(rows: Promise<T[]>): Promise<T> {
  const [row] = await rows;
  if (!row) throw new Error('fixture insert returned no row');
  return row;
}

export async function addNonPublicFixture(t: TestApp): Promise<NonPublicFixture> {
  const db: Db = t.database.db;
  const bodyId = t.fixture.bodyId;
  const org = t.fixture.organizations;
  const person = (givenName: string, familyName: string) => one(db.insert(persons).values({ bodyId, givenName, familyName }).returning({ id: persons.id }));
  const entitled = await person('Maren', 'Ketelsen');
  const otherCommittee = await person('Olaf', 'Dührsen');
  const invitee = await person('Gesa', 'Thomsen');
  const originator = await person('Ulrike', 'Sönnichsen');
  await db.insert(memberships).values([
    { bodyId, personId: entitled.id, organizationId: org.sozial, role: 'stellv. Mitglied', startDate: '2023-06-01' },
    { bodyId, personId: otherCommittee.id, organizationId: org.finanz, role: 'Mitglied', startDate: '2023-06-01' },
    // a membership that has ended grants nothing any more
    { bodyId, personId: otherCommittee.id, organizationId: org.sozial, role: 'Mitglied', startDate: '2018-06-01', endDate: '2023-05-31' },
  ]);

  const sozialFuture = await one(
    db
      .insert(meetings)
      .values({ bodyId, name: '13. Sitzung des Sozial- und Gesundheitsausschusses', start: new Date('2099-03-05T16:00:00Z'), meetingState: 'eingeladen' })
      .returning({ id: meetings.id }),
  );
  await db.insert(meetingOrganizations).values({ bodyId, meetingId: sozialFuture.id, organizationId: org.sozial });
  await db.insert(meetingInvitees).values({ bodyId, meetingId: sozialFuture.id, personId: invitee.id });
  const publicItem = await one(
    db
      .insert(agendaItems)
      .values({ bodyId, meetingId: sozialFuture.id, number: 'Ö 1', position: 1, name: 'Eröffnung und Feststellung der Tagesordnung', public: true })
      .returning({ id: agendaItems.id }),
  );
  const nonPublicItem = await one(
    db
      .insert(agendaItems)
      .values({
        bodyId,
        meetingId: sozialFuture.id,
        number: 'N 1',
        position: 2,
        name: 'Ankauf des Grundstücks Quokkaweg 3',
        public: false,
        resolutionText: 'Der Ausschuss stimmt dem Quokka-Ankauf zu.',
      })
      .returning({ id: agendaItems.id }),
  );

  const paper = await one(
    db
      .insert(papers)
      .values({
        bodyId,
        reference: 'VO/2099/7',
        slug: 'VO-2099-7',
        name: 'Grundstücksankauf Quokkaweg',
        paperType: 'Beschlussvorlage',
        date: '2099-02-10',
        public: false,
      })
      .returning({ id: papers.id, slug: papers.slug, reference: papers.reference }),
  );
  await db.insert(paperDirections).values({ bodyId, paperId: paper.id, organizationId: org.integration });
  await db.insert(paperOriginators).values({ bodyId, paperId: paper.id, personId: originator.id });
  const consultation = await one(
    db
      .insert(consultations)
      .values({
        bodyId,
        paperId: paper.id,
        position: 1,
        organizationId: org.sozial,
        meetingId: sozialFuture.id,
        agendaItemId: nonPublicItem.id,
        role: 'Entscheidung',
        authoritative: true,
      })
      .returning({ id: consultations.id }),
  );

  const pdf = async (lines: string[]) => makePdf(lines);
  const file = (name: string, fileName: string, isPublic: boolean, lines: string[]) =>
    pdf(lines).then((bytes) => createFile(db, t.storage, { bodyId, name, fileName, mimeType: 'application/pdf', bytes, public: isPublic }));
  const paperAttachment = await file('Kaufvertragsentwurf Quokkaweg', 'kaufvertrag-quokkaweg.pdf', false, ['Kaufvertragsentwurf Quokkaweg 3']);
  await db.insert(paperFiles).values({ bodyId, paperId: paper.id, fileId: paperAttachment.id, role: 'main' });
  const agendaItemFile = await file('Wertgutachten Quokkaweg', 'wertgutachten-quokkaweg.pdf', false, ['Wertgutachten Quokkaweg']);
  await db.insert(agendaItemFiles).values({ bodyId, agendaItemId: nonPublicItem.id, fileId: agendaItemFile.id, role: 'auxiliary' });
  const protocol = await file('Niederschrift nichtöffentlicher Teil Quokka', 'niederschrift-n-quokka.pdf', false, ['Niederschrift N Quokka']);
  await db.insert(meetingFiles).values({ bodyId, meetingId: t.fixture.meetings.sozialPast, fileId: protocol.id, role: 'verbatimProtocol' });
  const publicFile = await file('Einladung zur 13. Sitzung', 'einladung-13.pdf', true, ['Einladung']);
  await db.insert(meetingFiles).values({ bodyId, meetingId: sozialFuture.id, fileId: publicFile.id, role: 'invitation' });

  const [publicPaper] = await db.select({ id: papers.id }).from(papers).where(eq(papers.reference, 'VO/2025/246'));
  if (!publicPaper) throw new Error('the test body has no VO/2025/246');
  const publicPaperSecretAttachment = await file('Vertrauliche Kalkulation Quokka', 'kalkulation-quokka.pdf', false, ['Kalkulation Quokka']);
  await db.insert(paperFiles).values({ bodyId, paperId: publicPaper.id, fileId: publicPaperSecretAttachment.id, role: 'auxiliary', position: 9 });

  const account = async (email: string, input: Parameters<typeof createTestAccount>[2]) => (await createTestAccount(db, bodyId, { ...input, email })).id;
  const mandate = [{ role: 'mandatstraeger' as const, organizationId: null }];
  const accountIds = {
    entitled: await account(accounts.entitled, { email: '', displayName: 'Maren Ketelsen', personId: entitled.id, roles: mandate }),
    otherCommittee: await account(accounts.otherCommittee, { email: '', displayName: 'Olaf Dührsen', personId: otherCommittee.id, roles: mandate }),
    invitee: await account(accounts.invitee, { email: '', displayName: 'Gesa Thomsen', personId: invitee.id, roles: mandate }),
    staff: await account(accounts.staff, {
      email: '',
      displayName: 'Sachbearbeitung Integration',
      unitId: org.integration,
      roles: [{ role: 'sachbearbeitung', organizationId: org.integration }],
    }),
    sessionService: await account(accounts.sessionService, {
      email: '',
      displayName: 'Sitzungsdienst Sozialausschuss',
      roles: [{ role: 'sitzungsdienst', organizationId: org.sozial }],
    }),
    admin: await account(accounts.admin, { email: '', displayName: 'Administration', roles: [{ role: 'administration', organizationId: null }] }),
  };
  return {
    meetings: { sozialFuture: sozialFuture.id, sozialPast: t.fixture.meetings.sozialPast },
    paper,
    agendaItems: { publicItem: publicItem.id, nonPublicItem: nonPublicItem.id },
    files: {
      paperAttachment: paperAttachment.id,
      agendaItemFile: agendaItemFile.id,
      protocol: protocol.id,
      publicPaperSecretAttachment: publicPaperSecretAttachment.id,
      publicFile: publicFile.id,
    },
    persons: { entitled: entitled.id, otherCommittee: otherCommittee.id, invitee: invitee.id, originator: originator.id },
    organizations: { sozial: org.sozial, integration: org.integration },
    consultation: consultation.id,
    bodyId,
    accountIds,
  };
}
