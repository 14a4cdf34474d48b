/** @module search/views/SavedSearchesPage — `/suche/gespeichert`: a logged-in user's saved searches. */
import { DateText } from '../../../ui/components.tsx';
import { PostForm } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import type { SavedSearch } from '../search.saved.ts';

export function SavedSearchesPage({ bodyName, saved }: { bodyName: string; saved: SavedSearch[] }) {
  return (
    <Layout
      title="Gespeicherte Suchen"
      description="Ihre gespeicherten Suchen."
      bodyName={bodyName}
      section="suche"
      breadcrumbs={[{ label: 'Start', href: '/' }, { label: 'Suche', href: '/suche' }, { label: 'Gespeicherte Suchen' }]}
    >
      <h1>Gespeicherte Suchen</h1>
      {saved.length === 0 ? (
        <p>
          Sie haben noch keine Suche gespeichert. Auf der <a href="/suche">Suchseite</a> speichert „Suche speichern“ die aktuelle Suche mit allen Filtern.
        </p>
      ) : (
        <ul class="saved-searches">
          {saved.map((s) => (
            <li>
              <a href={`/suche?${s.query}`}>{s.name}</a>{' '}
              <span class="meta">
                (gespeichert am <DateText value={s.created} />)
              </span>
              <PostForm action={`/suche/gespeichert/${s.id}/loeschen`} class="inline-form" aria-label={`Gespeicherte Suche „${s.name}“ löschen`}>
                <button type="submit">Löschen</button>
              </PostForm>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
