/** @module workspace/views/WorkspaceHomeView — „Meine Aufgaben“: what waits, group by group, each with its way to the fix. */
import { Layout } from '../../../ui/Layout.tsx';
import type { TaskGroup } from '../workspace.tasks.ts';

export function WorkspaceHomeView(props: { bodyName: string; name: string; groups: TaskGroup[] }) {
  const open = props.groups.filter((g) => g.total > 0);
  return (
    <Layout
      title="Meine Aufgaben"
      description="Was in der Verwaltung des Ratsinformationssystems auf Sie wartet."
      bodyName={props.bodyName}
      section="verwaltung"
      backOffice="/verwaltung"
      breadcrumbs={[{ label: 'Start', href: '/' }, { label: 'Verwaltung' }]}
    >
      <h1>Meine Aufgaben</h1>
      <p>
        Angemeldet als {props.name}.{' '}
        {props.groups.length === 0
          ? 'Für Ihre Rolle gibt es hier zurzeit nichts zu tun: Sobald Vorlagen im Browser geschrieben und mitgezeichnet werden, stehen hier die Vorlagen, die auf Sie warten.'
          : open.length === 0
            ? 'Nichts offen: Die Stammdaten sind vollständig.'
            : `${open.length} von ${props.groups.length} Listen haben offene Punkte.`}
      </p>
      {props.groups.map((g) => (
        <section aria-labelledby={`aufgabe-${g.key}`} class="task-group">
          <h2 id={`aufgabe-${g.key}`}>
            {g.title} <span class="count">({g.total})</span>
          </h2>
          <p class="field-hint">{g.why}</p>
          {g.total === 0 ? (
            <p>Nichts offen.</p>
          ) : (
            <>
              <ul class="task-list">
                {g.items.map((i) => (
                  <li>
                    <a href={i.href}>{i.label}</a>
                    {i.note ? <span class="task-note"> – {i.note}</span> : null}
                  </li>
                ))}
              </ul>
              {g.total > g.items.length ? (
                <p>
                  Die ersten {g.items.length} von {g.total} sind aufgeführt.
                </p>
              ) : null}
            </>
          )}
        </section>
      ))}
    </Layout>
  );
}
