/**
 * @module demo/types
 * The demo data as plain values, before any row exists: rows refer to each other by stable
 * string keys (organization short names, meeting numbers, references) that the loader turns
 * into database ids. Plain values make two generations comparable with deepStrictEqual.
 */
import type { MeetingFileRole, MeetingState } from '../meetings/meetings.tables.ts';
import type { OrganizationType } from '../organizations/organizations.tables.ts';
import type { ConsultationRole, PaperFileRole, PaperSectionKind } from '../papers/papers.tables.ts';

export interface GeoJsonPointFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { name: string };
}

export interface DemoBody {
  key: string;
  name: string;
  shortName: string;
  website: string;
  license: string;
  ags: string;
  rgs: string;
  classification: string;
  contactEmail: string;
  contactName: string;
}

export interface DemoTerm {
  name: string;
  startDate: string;
  endDate: string;
}

export interface DemoLocation {
  key: string;
  description: string;
  streetAddress: string;
  room: string | null;
  postalCode: string;
  subLocality: string | null;
  locality: string;
  geojson: GeoJsonPointFeature;
}

export interface DemoOrganization {
  key: string;
  name: string;
  shortName: string;
  organizationType: OrganizationType;
  classification: string;
  startDate: string | null;
  endDate: string | null;
  website: string | null;
  locationKey: string | null;
  parentKey: string | null;
  position: number;
}

export interface DemoPerson {
  key: string;
  familyName: string;
  givenName: string;
  formOfAddress: 'Frau' | 'Herr';
  title: string[];
  gender: 'female' | 'male';
  email: string[];
  phone: string[];
  status: string[];
}

export interface DemoMembership {
  personKey: string;
  organizationKey: string;
  role: string;
  votingRight: boolean;
  startDate: string;
  endDate: string | null;
  onBehalfOfKey: string | null;
}

export type DemoResult = 'beschlossen' | 'abgelehnt' | 'vertagt' | 'zur Kenntnis genommen' | 'geändert beschlossen' | 'zurückgezogen';

export interface DemoAgendaItem {
  /** Sort order within the meeting, from 1. */
  position: number;
  number: string;
  name: string;
  public: boolean;
  result: DemoResult | null;
  resolutionText: string | null;
  votesYes: number | null;
  votesNo: number | null;
  votesAbstention: number | null;
  unanimous: boolean | null;
}

export interface DemoFileLink<Role extends string> {
  fileKey: string;
  role: Role;
  position: number;
}

export interface DemoMeeting {
  /** The Sitzungsnummer, unique within the body, e.g. „KT/2025/04“. */
  key: string;
  name: string;
  meetingState: MeetingState;
  cancelled: boolean;
  /** ISO instants (UTC). */
  start: string;
  end: string | null;
  locationKey: string;
  organizationKeys: string[];
  agendaItems: DemoAgendaItem[];
  files: DemoFileLink<MeetingFileRole>[];
}

export interface DemoSection {
  position: number;
  kind: PaperSectionKind;
  heading: string;
  bodyHtml: string;
}

export interface DemoConsultation {
  position: number;
  organizationKey: string;
  meetingKey: string | null;
  /** Position of the agenda item in that meeting. */
  agendaPosition: number | null;
  role: ConsultationRole;
  authoritative: boolean;
}

export interface DemoOriginator {
  organizationKey: string | null;
  personKey: string | null;
}

export interface DemoPaper {
  reference: string;
  slug: string;
  name: string;
  paperType: string;
  date: string;
  public: boolean;
  sections: DemoSection[];
  directionKeys: string[];
  originators: DemoOriginator[];
  files: DemoFileLink<PaperFileRole>[];
  consultations: DemoConsultation[];
}

export interface DemoRelation {
  paperReference: string;
  relatedReference: string;
  kind: 'related' | 'superordinated';
}

/** One line of a generated document before layout; `style` picks font and size. */
export interface DocLine {
  style: 'title' | 'subtitle' | 'heading' | 'text' | 'bullet' | 'meta';
  text: string;
}

export interface DemoFile {
  key: string;
  name: string;
  fileName: string;
  date: string;
  public: boolean;
  lines: DocLine[];
}

export interface DemoData {
  seed: number;
  anchorDate: string;
  body: DemoBody;
  terms: DemoTerm[];
  locations: DemoLocation[];
  organizations: DemoOrganization[];
  persons: DemoPerson[];
  memberships: DemoMembership[];
  meetings: DemoMeeting[];
  papers: DemoPaper[];
  relations: DemoRelation[];
  files: DemoFile[];
}
