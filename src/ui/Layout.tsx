/**
 * @module ui/Layout
 * The frame of every page: skip links, header with the body's name, main navigation,
 * breadcrumbs, one `main` landmark and a footer. Works without any script.
 */
import type { Child } from 'hono/jsx';
import type { Permission } from '../access/index.ts';
import { backOfficeNavFor } from './back-office-nav.ts';
import { CsrfField } from './forms.tsx';
import { usePageContext } from './page-context.ts';

export interface Crumb {
  label: string;
  href?: string;
}

export interface AlternateLink {
  type: string;
  title: string;
  href: string;
  /** A calendar one can subscribe to: its `webcal://` address (calendar apps keep it up to date). */
  subscribe?: string | undefined;
}

export interface LayoutProps {
  /** Page-specific title; the body's name is appended. */
  title: string;
  description: string;
  bodyName: string;
  breadcrumbs: Crumb[];
  /** The navigation entry to mark as current. */
  section?: 'start' | 'sitzungen' | 'vorlagen' | 'gremien' | 'personen' | 'suche' | 'mein-bereich' | 'verwaltung' | 'konto';
  canonical?: string;
  /** Back-office pages: the workspace entry to mark as current (its href). */
  backOffice?: string;
  alternates?: AlternateLink[];
  children?: Child;
}

const navigation = [
  { key: 'start', href: '/', label: 'Start' },
  { key: 'sitzungen', href: '/sitzungen', label: 'Sitzungen' },
  { key: 'vorlagen', href: '/vorlagen', label: 'Vorlagen' },
  { key: 'gremien', href: '/gremien', label: 'Gremien' },
  { key: 'personen', href: '/personen', label: 'Personen' },
  { key: 'suche', href: '/suche', label: 'Suche' },
] as const;

/** Login link for the public, the members' area, account and logout for those logged in. */
function AccountNav(props: { section: LayoutProps['section'] }) {
  const { account } = usePageContext();
  const current = (key: LayoutProps['section']) => (props.section === key ? 'page' : undefined);
  if (!account)
    return (
      <nav class="account-nav" aria-label="Konto">
        <ul>
          <li>
            <a href="/anmelden">Anmelden</a>
          </li>
        </ul>
      </nav>
    );
  return (
    <nav class="account-nav" aria-label="Konto">
      <ul>
        <li>
          <a href="/mein-bereich" aria-current={current('mein-bereich')}>
            Mein Bereich
          </a>
        </li>
        {account.permissions.includes('workspace') ? (
          <li>
            <a href="/verwaltung" aria-current={current('verwaltung')}>
              Verwaltung
            </a>
          </li>
        ) : null}
        <li>
          <a href="/konto" aria-current={current('konto')}>
            Konto <span class="account-name">({account.displayName})</span>
          </a>
        </li>
        <li>
          <form method="post" action="/abmelden" class="inline-form">
            <CsrfField />
            <button type="submit" class="link-button">
              Abmelden
            </button>
          </form>
        </li>
      </ul>
    </nav>
  );
}

/** The legally required pages (module legal), on every page; their paths are permalinks. */
const legalLinks = [
  { href: '/impressum', label: 'Impressum' },
  { href: '/datenschutz', label: 'Datenschutz' },
  { href: '/barrierefreiheit', label: 'Barrierefreiheit' },
  { href: '/leichte-sprache', label: 'Leichte Sprache' },
  { href: '/gebaerdensprache', label: 'Gebärdensprache' },
] as const;

function LegalLinks() {
  return (
    <nav aria-label="Rechtliches und Barrierefreiheit">
      <ul class="footer-links">
        {legalLinks.map((l) => (
          <li>
            <a href={l.href}>{l.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The workspace navigation, grouped; only what the account may do. */
function BackOfficeNav(props: { held: readonly Permission[]; current: string | undefined }) {
  return (
    <nav class="back-office-nav" aria-label="Verwaltung">
      {backOfficeNavFor(props.held).map((g) => (
        <div class="back-office-group">
          <p class="back-office-group-name">{g.group}</p>
          <ul>
            {g.entries.map((e) => (
              <li>
                <a href={e.href} aria-current={props.current === e.href ? 'page' : undefined}>
                  {e.label}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}

export function Layout(props: LayoutProps) {
  const { account, logo } = usePageContext();
  return (
    <html lang="de">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} – ${props.bodyName}`}</title>
        <meta name="description" content={props.description} />
        {props.canonical ? <link rel="canonical" href={props.canonical} /> : null}
        {(props.alternates ?? []).map((a) => (
          <link rel="alternate" type={a.type} title={a.title} href={a.href} />
        ))}
        <link rel="stylesheet" href="/static/gremia.css" />
        {props.section === 'verwaltung' && account?.permissions.includes('workspace') ? <script src="/static/verwaltung.js" defer /> : null}
      </head>
      <body>
        <ul class="skip-links">
          <li>
            <a href="#inhalt">Zum Inhalt springen</a>
          </li>
          <li>
            <a href="#navigation">Zur Navigation springen</a>
          </li>
        </ul>
        <header class={account ? 'site-header signed-in' : 'site-header'}>
          {logo ? (
            <a class="site-name with-logo" href="/">
              {/* decorative: the body's name beside it says what it shows */}
              <img class="site-logo" src="/logo" alt="" width="40" height="40" />
              <span class="site-title">
                <span class="site-product">Ratsinformationssystem</span>
                <span class="site-body">{props.bodyName}</span>
              </span>
            </a>
          ) : (
            <a class="site-name" href="/">
              <span class="site-product">Ratsinformationssystem</span>
              <span class="site-body">{props.bodyName}</span>
            </a>
          )}
          <nav id="navigation" aria-label="Hauptnavigation">
            <ul>
              {navigation.map((n) => (
                <li class={`nav-${n.key}`}>
                  <a href={n.href} aria-current={props.section === n.key ? 'page' : undefined}>
                    {n.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <AccountNav section={props.section} />
        </header>
        {props.breadcrumbs.length > 0 ? (
          <nav class="breadcrumbs" aria-label="Brotkrumen">
            <ol>
              {props.breadcrumbs.map((c, i) => (
                <li>{c.href && i < props.breadcrumbs.length - 1 ? <a href={c.href}>{c.label}</a> : <span aria-current="page">{c.label}</span>}</li>
              ))}
            </ol>
          </nav>
        ) : null}
        {props.section === 'verwaltung' && account?.permissions.includes('workspace') ? (
          <div class="back-office">
            <BackOfficeNav held={account.permissions} current={props.backOffice} />
            <main id="inhalt" tabindex={-1}>
              {props.children}
            </main>
          </div>
        ) : (
          <main id="inhalt" tabindex={-1}>
            {props.children}
          </main>
        )}
        <footer class="site-footer">
          <LegalLinks />
          <p>
            {props.bodyName} · betrieben mit Gremia, einem offenen Ratsinformationssystem · <a href="/oparl">Offene Daten (OParl)</a>
          </p>
        </footer>
      </body>
    </html>
  );
}
