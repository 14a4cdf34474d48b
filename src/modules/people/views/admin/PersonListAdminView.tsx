/**
 * @module people/views/admin/PersonListAdminView
 * `/verwaltung/personen`: search by name, filter by Fraktion and kind, and the persons with
 * their Fraktion, current memberships and contact data (staff only).
 */
import { Message } from '../../../../ui/forms.tsx';
import { Layout } from '../../../../ui/Layout.tsx';
import { Pagination } from '../../../../ui/Pagination.tsx';
import { RecordTable } from '../../../../ui/RecordTable.tsx';
import { formatPersonName } from '../../people.names.ts';
import type { StaffPersonFilter, StaffPersonItem } from '../../person-directory.ts';
import { personAdminHref, personsCrumb, staffCrumbs } from './shared.tsx';

export interface PersonListAdminViewProps {
  bodyName: string;
  filter: StaffPersonFilter;
  fraktionen: { id: number; name: string }[];
  result: { total: number; items: StaffPersonItem[] };
  hrefFor: (page: number) => string;
  mayCreate: boolean;
  notice?: string | undefined;
}

const kindChoices = [
  { value: '', label: 'alle Personen' },
  { value: 'sachkundig', label: 'sachkundige Bürgerinnen und Bürger' },
  { value: 'ohne-mitgliedschaft', label: 'ohne laufende Mitgliedschaft' },
] as const;

export function PersonListAdminView(props: PersonListAdminViewProps) {
  const { filter, result } = props;
  const pages = Math.max(1, Math.ceil(result.total / filter.pageSize));
  const countText = result.total === 1 ? '1 Person' : `${result.total.toLocaleString('de-DE')} Personen`;
  return (
    <Layout
      title={filter.page > 1 ? `Personen – Seite ${filter.page}` : 'Personen'}
      description="Personen der Körperschaft suchen, anlegen und bearbeiten."
      bodyName={props.bodyName}
      section="verwaltung"
      backOffice="/verwaltung/personen"
      breadcrumbs={staffCrumbs({ label: personsCrumb.label })}
    >
      <h1>Personen</h1>
      {props.notice ? <Message kind="success">{props.notice}</Message> : null}
      {props.mayCreate ? (
        <p>
          <a class="button" href="/verwaltung/personen/neu">
            Neue Person anlegen
          </a>
        </p>
      ) : null}
      <form class="filters person-filters" method="get" action="/verwaltung/personen" aria-label="Personen suchen und filtern">
        <div>
          <label for="filter-q">Name</label>
          <input id="filter-q" name="q" type="search" value={filter.q ?? ''} maxlength={100} autocomplete="off" />
        </div>
        <div>
          <label for="filter-fraktion">Fraktion</label>
          <select id="filter-fraktion" name="fraktion">
            <option value="">alle</option>
            {props.fraktionen.map((f) => (
              <option value={String(f.id)} selected={filter.fraktionId === f.id}>
                {f.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="filter-art">Auswahl</label>
          <select id="filter-art" name="art">
            {kindChoices.map((c) => (
              <option value={c.value} selected={(filter.kind ?? '') === c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <button type="submit">Anzeigen</button>
        </div>
      </form>
      <p class="result-count" role="status">
        {countText}
        {pages > 1 ? ` – Seite ${filter.page} von ${pages}` : ''}
      </p>
      {result.items.length === 0 ? (
        <p>Keine Person entspricht dieser Auswahl.</p>
      ) : (
        <RecordTable
          caption="Personen mit Fraktion, laufenden Mitgliedschaften und Kontakt"
          hiddenCaption
          class="staff-person-table"
          rows={result.items}
          columns={[
            { label: 'Name', rowHeader: true, cell: (p) => <a href={personAdminHref(p.id)}>{formatPersonName(p)}</a> },
            { label: 'Fraktion', cell: (p) => p.fraktionen.join(', ') || '–' },
            { label: 'Sachkundig', cell: (p) => (p.citizenMember ? 'ja' : 'nein') },
            { label: 'Laufende Mitgliedschaften', numeric: true, cell: (p) => String(p.currentCount) },
            { label: 'E-Mail', cell: (p) => p.email.join(', ') || '–' },
            { label: 'Telefon', cell: (p) => p.phone.join(', ') || '–' },
          ]}
        />
      )}
      <Pagination page={filter.page} pages={pages} hrefFor={props.hrefFor} />
    </Layout>
  );
}
