/**
 * @module people/views/PersonListView
 * `/personen`: a plain GET form (search by name, filter by Fraktion and Gremium), the result
 * count, the persons by family name with their Fraktion and status, and page navigation.
 */
import { Layout } from '../../../ui/Layout.tsx';
import { Pagination } from '../../../ui/Pagination.tsx';
import type { MembershipWindow } from '../../bodies/index.ts';
import { currentFraktionen, formatPersonName } from '../people.names.ts';
import type { PersonFilterOptions, PersonListFilter, PersonListResult } from '../people.queries.ts';

export interface PersonListViewProps {
  bodyName: string;
  filter: PersonListFilter;
  options: PersonFilterOptions;
  result: PersonListResult;
  window: MembershipWindow;
  /** The URL of this list, with the same filters, on another page. */
  hrefFor: (page: number) => string;
}

export function PersonListView({ bodyName, filter, options, result, window, hrefFor }: PersonListViewProps) {
  const pages = Math.max(1, Math.ceil(result.total / filter.pageSize));
  const countText = result.total === 1 ? '1 Person' : `${result.total.toLocaleString('de-DE')} Personen`;
  const filtered = Boolean(filter.name) || filter.fraktionId !== undefined || filter.gremiumId !== undefined;
  const period = window.term ? `für die ${window.term.name}` : 'für heute';
  return (
    <Layout
      title={filter.page > 1 ? `Personen – Seite ${filter.page}` : 'Personen'}
      description={`Die Mitglieder der Gremien und Fraktionen von ${bodyName}: ${countText}, suchbar nach Name, filterbar nach Fraktion und Gremium.`}
      bodyName={bodyName}
      section="personen"
      breadcrumbs={[{ label: 'Start', href: '/' }, { label: 'Personen' }]}
    >
      <h1>Personen</h1>
      <form class="filters person-filters" method="get" action="/personen" aria-label="Personen suchen und filtern">
        <div>
          <label for="filter-name">Name</label>
          <input id="filter-name" name="name" type="search" value={filter.name ?? ''} maxlength={100} autocomplete="off" />
        </div>
        <Select name="fraktion" label="Fraktion" value={filter.fraktionId} options={options.fraktionen} />
        <Select name="gremium" label="Gremium" value={filter.gremiumId} options={options.gremien} />
        <div>
          <button type="submit">Anzeigen</button>
        </div>
      </form>
      <p class="form-note">Fraktion und Gremium gelten {period}.</p>
      <p class="result-count" role="status">
        {countText}
        {pages > 1 ? ` – Seite ${filter.page} von ${pages}` : ''}
      </p>
      {result.items.length === 0 ? (
        <p>{filtered ? 'Keine Person entspricht dieser Suche.' : 'Es sind keine Personen verzeichnet.'}</p>
      ) : (
        <ul class="person-list">
          {result.items.map((p) => {
            const fraktionen = currentFraktionen(p.fraktionen).map((f) => f.name);
            const meta = [...fraktionen, ...p.status];
            return (
              <li>
                <a class="person-name" href={`/personen/${p.id}`}>
                  {formatPersonName(p)}
                </a>
                {meta.length > 0 ? <div class="org-meta">{meta.join(' · ')}</div> : null}
              </li>
            );
          })}
        </ul>
      )}
      <Pagination page={filter.page} pages={pages} hrefFor={hrefFor} />
    </Layout>
  );
}

function Select(props: { name: string; label: string; value: number | undefined; options: { id: number; name: string }[] }) {
  const id = `filter-${props.name}`;
  return (
    <div>
      <label for={id}>{props.label}</label>
      <select id={id} name={props.name}>
        <option value="">alle</option>
        {props.options.map((o) => (
          <option value={String(o.id)} selected={props.value === o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}
