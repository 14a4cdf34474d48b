/**
 * @module search/views/SearchPage
 * `/suche`: one box, facets as links (so everything works without JavaScript and every state has
 * an address), hits of every kind with their snippet and context, paging.
 */
import { DateText, FeedLinks } from '../../../ui/components.tsx';
import { CsrfField, Message } from '../../../ui/forms.tsx';
import { Layout, type AlternateLink } from '../../../ui/Layout.tsx';
import { Pagination } from '../../../ui/Pagination.tsx';
import { searchHref, toggled, type SearchParams } from '../search.params.ts';
import { kindLabels, type FacetValue, type SearchHit, type SearchResult } from '../search.request.ts';
import { kindParams } from '../search.params.ts';
import { PaperStateBadge } from '../../papers/index.ts';

export interface SearchPageProps {
  bodyName: string;
  params: SearchParams;
  result: SearchResult | null;
  /** Logged in: the form to save this search, and whether it is saved already. */
  saving?: { saved: boolean; query: string } | undefined;
  notice?: string | undefined;
  /** The feed of this search („Als Feed abonnieren“). */
  feeds?: AlternateLink[] | undefined;
}

export function SearchPage({ bodyName, params, result, saving, notice, feeds = [] }: SearchPageProps) {
  const title = params.q ? `Suche: ${params.q}` : 'Suche';
  return (
    <Layout
      title={params.seite > 1 ? `${title} – Seite ${params.seite}` : title}
      description="Volltextsuche in Vorlagen, Tagesordnungen, Sitzungen, Anlagen, Personen und Gremien."
      bodyName={bodyName}
      section="suche"
      alternates={feeds}
      breadcrumbs={[{ label: 'Start', href: '/' }, { label: 'Suche' }]}
    >
      <h1>Suche</h1>
      <form class="search-form" method="get" action="/suche" role="search" aria-label="Volltextsuche">
        <p class="field">
          <label for="suche-q">Suchbegriffe</label>
          <span class="search-row">
            <input id="suche-q" type="search" name="q" value={params.q} maxlength={200} aria-describedby="suche-hilfe" />
            <button type="submit">Suchen</button>
          </span>
        </p>
        {/* the hint folds away so that on a phone the hits start high up */}
        <details class="search-more">
          <summary>So suchen Sie</summary>
          <p class="field-hint" id="suche-hilfe">
            Mehrere Wörter: alle müssen vorkommen. „Anführungszeichen“ für eine genaue Wortfolge, -wort schließt aus, ODER für Alternativen, eine Vorlagennummer
            (z. B. VO/2025/246) führt direkt zur Vorlage.
          </p>
        </details>
        {params.art.map((v) => (
          <input type="hidden" name="art" value={String(v)} />
        ))}
        <details class="search-more" open={Boolean(params.von || params.bis || params.sortierung !== 'relevanz')}>
          <summary>Zeitraum und Sortierung</summary>
          <p class="field">
            <label for="suche-von">Von (Datum)</label>
            <input id="suche-von" type="date" name="von" value={params.von ?? ''} />
          </p>
          <p class="field">
            <label for="suche-bis">Bis (Datum)</label>
            <input id="suche-bis" type="date" name="bis" value={params.bis ?? ''} />
          </p>
          <p class="field">
            <label for="suche-sortierung">Sortierung</label>
            <select id="suche-sortierung" name="sortierung">
              <option value="relevanz" selected={params.sortierung === 'relevanz'}>
                Relevanz
              </option>
              <option value="datum" selected={params.sortierung === 'datum'}>
                Datum, neueste zuerst
              </option>
            </select>
          </p>
        </details>
      </form>
      {notice ? <Message kind="success">{notice}</Message> : null}
      {result ? <Results params={params} result={result} saving={saving} /> : null}
      {result ? <FeedLinks links={feeds} /> : null}
    </Layout>
  );
}

function Results({ params, result, saving }: { params: SearchParams; result: SearchResult; saving: SearchPageProps['saving'] }) {
  const pages = Math.max(1, Math.min(50, Math.ceil(result.total / result.pageSize)));
  const countText = result.totalIsLowerBound
    ? `Mehr als ${result.total.toLocaleString('de-DE')} Treffer`
    : result.total === 1
      ? '1 Treffer'
      : `${result.total.toLocaleString('de-DE')} Treffer`;
  return (
    <>
      <p class="result-count" role="status">
        {countText}
        {pages > 1 ? ` – Seite ${result.page} von ${pages}` : ''}
      </p>
      <p class="to-facets">
        <a href="#filter">Treffer eingrenzen</a>
        {activeFilters(params) > 0 ? ` (${activeFilters(params)} Filter aktiv)` : ''}
      </p>
      {result.totalIsLowerBound ? (
        <p class="broad-search">
          Sortiert und gezählt werden die {result.total.toLocaleString('de-DE')} neuesten Treffer. Grenzen Sie die Suche mit weiteren Wörtern, einem Zeitraum
          oder den Filtern ein, um alle zu sehen.
        </p>
      ) : null}
      {result.suggestion ? (
        <p class="suggestion">
          Meinten Sie <a href={searchHref(params, { q: result.suggestion })}>{result.suggestion}</a>?
        </p>
      ) : null}
      {saving ? <SaveSearch saving={saving} /> : null}
      {/* hits first, the filters after them: folded on a phone, a side column on a wide screen */}
      <div class="search-layout">
        <div class="search-hits">
          {result.hits.length === 0 ? (
            <p>Keine Treffer. Versuchen Sie weniger oder andere Wörter oder entfernen Sie Filter.</p>
          ) : (
            <ol class="hit-list" start={(result.page - 1) * result.pageSize + 1}>
              {result.hits.map((hit) => (
                <Hit hit={hit} />
              ))}
            </ol>
          )}
          <Pagination page={result.page} pages={pages} hrefFor={(page) => searchHref(params, { seite: page })} />
        </div>
        <Facets params={params} result={result} />
      </div>
    </>
  );
}

function SaveSearch({ saving }: { saving: NonNullable<SearchPageProps['saving']> }) {
  if (saving.saved) return <p class="saved-search">Diese Suche ist gespeichert (siehe „Mein Bereich“).</p>;
  return (
    <form class="saved-search" method="post" action="/suche/speichern" aria-label="Suche speichern">
      <CsrfField />
      <input type="hidden" name="query" value={saving.query} />
      <label for="suche-name">Name der gespeicherten Suche</label>
      <input id="suche-name" name="name" maxlength={100} />
      <button type="submit">Suche speichern</button>
    </form>
  );
}

function Facets({ params, result }: { params: SearchParams; result: SearchResult }) {
  const { facets } = result;
  const active = activeFilters(params);
  // closed without script on a phone; gremia-layout.css shows the content always on a wide screen
  return (
    <details class="facet-fold" id="filter">
      <summary>Treffer eingrenzen{active > 0 ? ` (${active} Filter aktiv)` : ''}</summary>
      <nav class="facets" aria-label="Treffer eingrenzen">
        <FacetGroup
          title="Art"
          values={facets.kind.map((f) => ({ ...f, value: kindParams[f.value] }))}
          selected={params.art.map(String)}
          href={(v) => searchHref(params, toggled(params, 'art', v))}
        />
        <FacetGroup
          title="Vorlagenart"
          values={facets.paperType}
          selected={params.typ.map(String)}
          href={(v) => searchHref(params, toggled(params, 'typ', v))}
        />
        <FacetGroup
          title="Gremium"
          values={facets.organization}
          selected={params.gremium.map(String)}
          href={(v) => searchHref(params, toggled(params, 'gremium', v))}
        />
        <FacetGroup title="Jahr" values={facets.year} selected={params.jahr.map(String)} href={(v) => searchHref(params, toggled(params, 'jahr', v))} />
        <FacetGroup
          title="Beschlussstand"
          values={facets.decisionState}
          selected={params.beschluss.map(String)}
          href={(v) => searchHref(params, toggled(params, 'beschluss', v))}
        />
      </nav>
    </details>
  );
}

function activeFilters(params: SearchParams): number {
  return params.art.length + params.typ.length + params.gremium.length + params.jahr.length + params.beschluss.length;
}

function FacetGroup(props: { title: string; values: FacetValue<string | number>[]; selected: string[]; href: (value: string | number) => string }) {
  // a selected filter stays listed (to remove it) even when the other filters leave it no hits
  const shown = [...props.values];
  for (const value of props.selected) if (!shown.some((v) => String(v.value) === value)) shown.push({ value, label: value, count: 0 });
  if (shown.length === 0) return null;
  return (
    <section class="facet">
      <h2>{props.title}</h2>
      <ul>
        {shown.map((v) => {
          const selected = props.selected.includes(String(v.value));
          return (
            <li>
              <a href={props.href(v.value)} aria-current={selected ? 'true' : undefined}>
                {selected ? <span class="visually-hidden">Filter entfernen: </span> : null}
                {v.label}
                {v.count === null ? null : <span class="facet-count"> ({v.count.toLocaleString('de-DE')})</span>}
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Hit({ hit }: { hit: SearchHit }) {
  return (
    <li class="hit">
      <p class="hit-kind">
        {kindLabels[hit.kind]}
        {hit.paperType && hit.kind === 'paper' ? ` · ${hit.paperType}` : ''}
        {hit.date ? (
          <>
            {' · '}
            <DateText value={hit.date} />
          </>
        ) : null}
        {hit.kind === 'agendaItem' && hit.decisionState ? ` · ${hit.decisionState}` : ''}
        {hit.kind === 'paper' && hit.paperState ? (
          <>
            {' · '}
            <PaperStateBadge state={hit.paperState} />
          </>
        ) : null}
      </p>
      <h2 class="hit-title">
        <a href={hit.url}>
          {hit.reference ? `${hit.reference}: ` : ''}
          {hit.title}
        </a>
      </h2>
      {hit.kind === 'file' && (hit.paper || hit.page) ? (
        <p class="hit-context">
          {hit.paper ? (
            <>
              Anlage zu <a href={hit.paper.url}>{hit.paper.reference}</a> ({hit.paper.name})
            </>
          ) : (
            'Anlage'
          )}
          {hit.page ? `, Seite ${hit.page}` : ''}
        </p>
      ) : null}
      {hit.meeting ? (
        <p class="hit-context">
          Tagesordnungspunkt der <a href={hit.meeting.url}>{hit.meeting.name}</a>
          {hit.meeting.date ? (
            <>
              {' am '}
              <DateText value={hit.meeting.date} />
            </>
          ) : null}
        </p>
      ) : null}
      {hit.snippet ? <p class="hit-snippet">{hit.snippet.map((part) => (part.mark ? <mark>{part.text}</mark> : part.text))}</p> : null}
    </li>
  );
}
