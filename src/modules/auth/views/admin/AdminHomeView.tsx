/** @module auth/views/admin/AdminHomeView — `/verwaltung`: the way to accounts, the audit log and text extraction. */
import { Layout } from '../../../../ui/Layout.tsx';
import type { AdminPageBase } from './shared.tsx';

export function AdminHomeView(props: AdminPageBase) {
  return (
    <Layout
      title="Verwaltung"
      description="Konten, Rollen und das Protokoll dieses Ratsinformationssystems."
      bodyName={props.bodyName}
      section="verwaltung"
      breadcrumbs={[{ label: 'Start', href: '/' }, { label: 'Verwaltung' }]}
    >
      <h1>Verwaltung</h1>
      <ul class="admin-links">
        <li>
          <a href="/verwaltung/konten">Konten</a>
          <span class="admin-link-hint">Konten anlegen, Rollen vergeben, Einladungen senden, gesperrte Konten entsperren.</span>
        </li>
        <li>
          <a href="/verwaltung/protokoll">Protokoll</a>
          <span class="admin-link-hint">Anmeldungen, Fehlversuche, Änderungen an Konten und Rollen, Zugriffe auf nichtöffentliche Dateien.</span>
        </li>
        <li>
          <a href="/verwaltung/texterkennung">Texterkennung</a>
          <span class="admin-link-hint">Welche Dateien für die Suche gelesen sind, welche warten und welche scheiterten (mit Grund).</span>
        </li>
        <li>
          <a href="/verwaltung/synonyme">Synonyme der Suche</a>
          <span class="admin-link-hint">Welche Wörter die Suche als gleichbedeutend behandelt, z. B. „Müll“ und „Abfall“.</span>
        </li>
        <li>
          <a href="/verwaltung/rechtliches">Rechtliche Seiten</a>
          <span class="admin-link-hint">Impressum, Datenschutzerklärung, Erklärung zur Barrierefreiheit, Leichte Sprache und Gebärdensprache bearbeiten.</span>
        </li>
      </ul>
    </Layout>
  );
}
