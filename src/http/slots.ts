/**
 * @module http/slots
 * Extension points of the core pages. A page (Vorlage, Person, Gremium, Sitzungen) names the
 * object it shows and asks its slots what to add; feature modules built on the core (members,
 * feeds) fill them through their index.ts, and the composition root registers them. So the core
 * never imports its features, and a feature that is not registered simply adds nothing.
 */
import type { JSX } from 'hono/jsx/jsx-runtime';
import type { AlternateLink } from '../ui/Layout.tsx';
import type { Viewer } from '../access/index.ts';

/** What a filler knows of the request: its body and who is asking (`request.site` is one). */
export interface SlotContext {
  body: { id: number };
  viewer: Viewer;
  /** The site's address (`https://ratsinfo.example`), for links that must be absolute (webcal). */
  baseUrl: string;
}

/** An object a reader can follow: news about it reach them. */
export interface FollowTarget {
  kind: 'paper' | 'person' | 'organization';
  id: number;
  /** Where a form on the control leads back to (a path on this site). */
  back: string;
}

export interface PaperNoteTarget {
  paperId: number;
  /** Where the note form leads back to. */
  back: string;
}

/** The page asking for alternates, with what it shows of its object. */
export type AlternatesTarget =
  | {
      page: 'paperList';
      organizationId?: number | undefined;
      organizationName?: string | undefined;
      paperType?: string | undefined;
      /** The rest of the list's filter, which its feed keeps too. */
      text?: string | undefined;
      year?: number | undefined;
      directionId?: number | undefined;
    }
  /** `meetings`/`papers`: whether the page lists the Gremium's Sitzungen / its Vorlagen in the Beratungsfolge. */
  | { page: 'organization'; organizationId: number; organizationName: string; meetings: boolean; papers: boolean }
  | { page: 'meetingList'; organizationId?: number | undefined }
  | { page: 'meeting'; meetingId: number }
  /** `papers`: whether the person submitted any visible paper. */
  | { page: 'person'; personId: number; personName: string; papers: boolean }
  /** A search with words: its address (`q=Kita&art=vorlage`), which its feed takes over. */
  | { page: 'search'; q: string; queryString: string };

/** Each slot: what the page passes in, and what a filler gives back. */
export interface SlotTypes {
  /** A control below the head of a paper, person or Gremium page (the subscription button). */
  follow: { target: FollowTarget; gives: JSX.Element };
  /** A section at the end of the paper page (the reader's private note). */
  paperNote: { target: PaperNoteTarget; gives: JSX.Element };
  /** `<link rel="alternate">` descriptors, which the page also lists as links (feeds, calendars). */
  alternates: { target: AlternatesTarget; gives: AlternateLink[] };
  /** What the session's ZIP holds for this reader beyond the public files (its link says so). */
  meetingZip: { target: { meetingId: number }; gives: { nonPublic: boolean } };
  /** The back office's person page: the accounts linked to the person (the auth module keeps that link). */
  linkedAccount: { target: { personId: number }; gives: LinkedAccount[] };
}

/** An account linked to a person, as the person page names it. */
export interface LinkedAccount {
  id: number;
  displayName: string;
  email: string;
}

export type SlotName = keyof SlotTypes;

/** Fills one slot for one request; undefined adds nothing (e.g. for anonymous readers). */
export type SlotFiller<N extends SlotName> = (site: SlotContext, target: SlotTypes[N]['target']) => Promise<SlotTypes[N]['gives'] | undefined>;

/** What a feature module offers the pages: fillers for some of the slots. */
export type PageExtensions = { [N in SlotName]?: SlotFiller<N> };

export interface PageSlots {
  /** What every registered extension gives for the slot, in registration order. */
  fill<N extends SlotName>(name: N, site: SlotContext, target: SlotTypes[N]['target']): Promise<SlotTypes[N]['gives'][]>;
}

/** The slots of the pages, filled by the given extensions in this order. */
export function pageSlots(...extensions: PageExtensions[]): PageSlots {
  return {
    async fill(name, site, target) {
      const fillers = extensions.map((e) => e[name]).filter((f) => f !== undefined);
      const given = await Promise.all(fillers.map((f) => f(site, target)));
      return given.filter((g) => g !== undefined);
    },
  };
}
