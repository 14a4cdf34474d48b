/**
 * @module organizations/views/OrganizationListView
 * `/gremien`: the body's Gremien and Fraktionen in groups, each with its member count in the
 * current Wahlperiode, and the Verwaltung units last, nested by sub-organization.
 */
import { Layout } from '../../../ui/Layout.tsx';
import type { OrganizationEntry, OrganizationGroup } from '../organizations.groups.ts';
import type { MembershipWindow } from '../../bodies/index.ts';

export interface OrganizationListViewProps {
  bodyName: string;
  groups: OrganizationGroup[];
  window: MembershipWindow;
}

export function OrganizationListView({ bodyName, groups, window }: OrganizationListViewProps) {
  const period = window.term ? `in der ${window.term.name}` : 'heute';
  const headings = groups.map((g) => g.heading);
  const kinds = headings.length > 1 ? `${headings.slice(0, -1).join(', ')} und ${headings[headings.length - 1] ?? ''}` : (headings[0] ?? 'Gremien');
  return (
    <Layout
      title="Gremien"
      description={`Gremien von ${bodyName}: ${kinds}, mit der Zahl ihrer Mitglieder ${period}.`}
      bodyName={bodyName}
      section="gremien"
      breadcrumbs={[{ label: 'Start', href: '/' }, { label: 'Gremien' }]}
    >
      <h1>Gremien</h1>
      <p>
        Die Gremien, Fraktionen und Verwaltungsbereiche mit ihren Mitgliedern, Sitzungen und Vorlagen. Die Zahl der Mitglieder gilt{' '}
        {window.term ? <>für die {window.term.name}</> : 'für heute'}.
      </p>
      {groups.length === 0 ? <p class="empty">Es sind keine Gremien verzeichnet.</p> : null}
      {groups.length > 1 ? (
        <nav aria-label="Gruppen auf dieser Seite">
          <ul class="org-jump">
            {groups.map((g) => (
              <li>
                <a href={`#${g.anchor}`}>{g.heading}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {groups.map((g) => (
        <section aria-labelledby={g.anchor} class="org-group">
          <h2 id={g.anchor}>{g.heading}</h2>
          <OrganizationList entries={g.entries} administration={g.key === 'administration'} />
        </section>
      ))}
    </Layout>
  );
}

function OrganizationList({ entries, administration }: { entries: OrganizationEntry[]; administration: boolean }) {
  return (
    <ul class="org-list">
      {entries.map((o) => (
        <li>
          <a href={`/gremien/${o.id}`}>{o.name}</a>
          {o.shortName && o.shortName !== o.name ? <span class="org-meta"> ({o.shortName})</span> : null}
          {o.members > 0 ? <span class="org-meta"> · {memberCount(o.members, administration)}</span> : null}
          {o.children.length > 0 ? <OrganizationList entries={o.children} administration={administration} /> : null}
        </li>
      ))}
    </ul>
  );
}

export function memberCount(n: number, administration: boolean): string {
  if (administration) return n === 1 ? '1 Person' : `${n.toLocaleString('de-DE')} Personen`;
  return n === 1 ? '1 Mitglied' : `${n.toLocaleString('de-DE')} Mitglieder`;
}
