/**
 * @module oparl/urls
 * The one place that spells the API's URLs (OParl 2.3: one canonical, lasting URL per object).
 * Paths name the kind in lower case and the row's id, which never changes; the reference of a
 * paper can, so it is not in the API's URL (the portal's permalink is `web`).
 */

/** The objects that have their own URL, as the path spells them. */
export const oparlKinds = {
  body: 'Body',
  'legislative-term': 'LegislativeTerm',
  organization: 'Organization',
  person: 'Person',
  membership: 'Membership',
  meeting: 'Meeting',
  'agenda-item': 'AgendaItem',
  paper: 'Paper',
  consultation: 'Consultation',
  file: 'File',
  location: 'Location',
} as const;
export type OparlKind = keyof typeof oparlKinds;
export type OparlTypeName = (typeof oparlKinds)[OparlKind] | 'System';

export const OPARL_VERSION = 'https://schema.oparl.org/1.1/';
export const typeUrl = (name: OparlTypeName | 'Error') => `${OPARL_VERSION}${name}`;

/** The body's external lists (Body.organization … Body.membership) and their path segment. */
export const bodyLists = {
  organization: 'organization',
  person: 'person',
  meeting: 'meeting',
  paper: 'paper',
  agendaItem: 'agenda-item',
  consultation: 'consultation',
  file: 'file',
  locationList: 'location',
  legislativeTermList: 'legislative-term',
  membership: 'membership',
} as const satisfies Record<string, OparlKind>;
export type BodyListName = keyof typeof bodyLists;

export const API_PREFIX = '/oparl/v1';

export class OparlUrls {
  readonly api: string;

  /** @param base the body's absolute base URL without trailing slash */
  constructor(readonly base: string) {
    this.api = `${base}${API_PREFIX}`;
  }

  system(): string {
    return `${this.api}/system`;
  }

  bodies(): string {
    return `${this.api}/body`;
  }

  object(kind: OparlKind, id: number): string {
    return `${this.api}/${kind}/${id}`;
  }

  bodyList(bodyId: number, list: BodyListName): string {
    return `${this.api}/body/${bodyId}/${bodyLists[list]}`;
  }

  organizationList(organizationId: number, list: 'meeting' | 'consultation'): string {
    return `${this.api}/organization/${organizationId}/${list}`;
  }

  /** The bytes, shown inline (OParl 2.7: never `attachment` here). */
  fileAccess(id: number, fileName: string): string {
    return `${this.base}/dateien/${id}/${encodeURIComponent(fileName)}`;
  }

  fileDownload(id: number, fileName: string): string {
    return `${this.fileAccess(id, fileName)}?download=1`;
  }

  /** The portal's pages for an object (OParl `web`). */
  web(path: string): string {
    return `${this.base}${path}`;
  }
}

/**
 * The canonical form of an API path, or undefined when it is canonical already: no trailing
 * slash and ids without leading zeros (`/oparl/v1/paper/01/` → `/oparl/v1/paper/1`). One object
 * has one URL (OParl 1.1, 2.5); other spellings are redirected there.
 */
export function canonicalApiPath(pathname: string): string | undefined {
  if (!pathname.startsWith(`${API_PREFIX}/`)) return undefined;
  const canonical =
    pathname
      .replace(/\/+$/, '')
      .split('/')
      .map((segment) => (/^0+\d/.test(segment) ? segment.replace(/^0+/, '') : segment))
      .join('/') || API_PREFIX;
  return canonical === pathname ? undefined : canonical;
}
