/**
 * @module papers/views/PaperListView
 * `/vorlagen`: a filter form that works as a plain GET form (shareable URLs), the result count,
 * the list and page navigation.
 */
import { FeedLinks } from '../../../ui/components.tsx';
import { Layout, type AlternateLink } from '../../../ui/Layout.tsx';
import { Pagination } from '../../../ui/Pagination.tsx';
import { PaperListEntry } from './PaperListEntry.tsx';
import type { PaperFilterOptions, PaperListFilter, PaperListResult, PaperSort } from '../papers.list.ts';

const sortLabels: Record<PaperSort, string> = {
  'datum-absteigend': 'Datum, neueste zuerst',
  'datum-aufsteigend': 'Datum, älteste zuerst',
  nummer: 'Vorlagennummer',
  titel: 'Titel',
};

/** Below this many hits for a word, the list offers the full search (titles alone miss most). */
const FEW_HITS = 5;

export interface PaperListViewProps {
  bodyName: string;
  filter: PaperListFilter;
  options: PaperFilterOptions;
  result: PaperListResult;
  /** Builds the URL of this list with some parameters changed. */
  hrefFor: (changes: Record<string, string | number | undefined>) => string;
  /** Feeds of new papers matching the filter. */
  feeds?: AlternateLink[];
}

export function PaperListView({ bodyName, filter, options, result, hrefFor, feeds = [] }: PaperListViewProps) {
  const pages = Math.max(1, Math.ceil(result.total / filter.pageSize));
  const countText = result.total === 1 ? '1 Vorlage' : `${result.total.toLocaleString('de-DE')} Vorlagen`;
  return (
    <Layout
      title={filter.page > 1 ? `Vorlagen – Seite ${filter.page}` : 'Vorlagen'}
      description={`Alle öffentlichen Vorlagen, Anträge und Anfragen: ${countText}, filterbar nach Art, Jahr, Federführung und Gremium.`}
      bodyName={bodyName}
      section="vorlagen"
      alternates={feeds}
      breadcrumbs={[{ label: 'Start', href: '/' }, { label: 'Vorlagen' }]}
    >
      <h1>Vorlagen</h1>
      <form class="filters" method="get" action="/vorlagen" aria-label="Vorlagen filtern">
        <div>
          <label for="filter-q">Titel oder Nummer enthält</label>
          <input id="filter-q" type="search" name="q" value={filter.text ?? ''} />
        </div>
        <Select name="art" label="Art" value={filter.paperType} options={options.paperTypes.map((t) => [t, t])} />
        <Select name="jahr" label="Jahr" value={filter.year} options={options.years.map((y) => [String(y), String(y)])} />
        <Select name="federfuehrung" label="Federführung" value={filter.directionId} options={options.directions.map((o) => [String(o.id), o.name])} />
        <Select
          name="gremium"
          label="Gremium (Beratungsfolge)"
          value={filter.organizationId}
          options={options.organizations.map((o) => [String(o.id), o.name])}
        />
        <Select name="sortierung" label="Sortierung" value={filter.sort} options={Object.entries(sortLabels)} withoutAll />
        <div>
          <button type="submit">Anzeigen</button>
        </div>
      </form>
      <p class="result-count" role="status">
        {countText}
        {pages > 1 ? ` – Seite ${filter.page} von ${pages}` : ''}
      </p>
      {filter.text && result.total < FEW_HITS ? (
        <p class="search-fallback">
          <a href={`/suche?${new URLSearchParams({ q: filter.text }).toString()}`}>In allen Inhalten suchen: „{filter.text}“</a> – auch in Tagesordnungen,
          Niederschriften, Anlagen und Beschlüssen.
        </p>
      ) : null}
      {result.items.length === 0 ? (
        <p>Keine Vorlage entspricht diesen Filtern.</p>
      ) : (
        <ul class="paper-list">
          {result.items.map((p) => (
            <PaperListEntry paper={p} detail={p.directions.join(', ')} />
          ))}
        </ul>
      )}
      <Pagination page={filter.page} pages={pages} hrefFor={(page) => hrefFor({ seite: page })} />
      <FeedLinks links={feeds} />
    </Layout>
  );
}

function Select(props: { name: string; label: string; value: string | number | undefined; options: [string, string][]; withoutAll?: boolean }) {
  const id = `filter-${props.name}`;
  return (
    <div>
      <label for={id}>{props.label}</label>
      <select id={id} name={props.name}>
        {props.withoutAll ? null : <option value="">alle</option>}
        {props.options.map(([value, label]) => (
          <option value={value} selected={String(props.value ?? '') === value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
