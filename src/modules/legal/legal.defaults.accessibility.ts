/**
 * @module legal/defaults.accessibility — the defaults of the Erklärung zur Barrierefreiheit
 * (§ 7 BITV 2.0: state of conformity, known barriers, feedback, Schlichtungsverfahren) and of the
 * explanations in Leichter Sprache and Deutscher Gebärdensprache (§ 4 BITV 2.0). Gremia serves
 * Kreise, Städte and Gemeinden, so the Land's Schlichtungsstelle is named first, as a gap to fill;
 * the federal one (§ 16 BGG) stands below it for bodies of the Bund.
 */
import { FEEDBACK_PATH } from './legal.kinds.ts';
import { escapeHtml, mailLink, todo, type LegalBody } from './legal.placeholders.ts';

export function accessibilityDefault(body: LegalBody, siteUrl: string): string {
  const name = escapeHtml(body.name);
  return `<p>${name} ist bemüht, dieses Ratsinformationssystem barrierefrei zugänglich zu machen. Rechtsgrundlage sind ${todo('das Behindertengleichstellungsgesetz Ihres Landes und seine Verordnung zur barrierefreien Informationstechnik')}, die die Richtlinie (EU) 2016/2102 umsetzen.</p>
<p>Diese Erklärung gilt für die Website ${escapeHtml(siteUrl)}.</p>
<h2>Stand der Vereinbarkeit mit den Anforderungen</h2>
<p>Die Website wurde nach den Anforderungen der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) und der europäischen Norm EN 301 549 entwickelt, die die Web Content Accessibility Guidelines (WCAG) 2.1 auf Stufe AA einschließt. Jede Seitenart wird bei jeder Änderung der Software automatisch geprüft, auch bei 320 Pixeln Bildschirmbreite; die Seiten funktionieren ohne JavaScript.</p>
<p>Die Website ist mit diesen Anforderungen ${todo('„vollständig“ oder „teilweise“, nach Ihrer Prüfung')} vereinbar.</p>
<h2>Nicht barrierefreie Inhalte</h2>
<ul>
<li>Anlagen zu Vorlagen und Sitzungen (meist PDF-Dateien) werden in anderen Programmen erstellt und sind nicht immer barrierefrei, zum Beispiel eingescannte Schreiben oder Pläne. Wenn Sie ein Dokument in anderer Form brauchen, schreiben Sie uns: Wir senden es Ihnen so barrierefrei wie möglich.</li>
<li>${todo('weitere bekannte Barrieren und warum sie bestehen, oder diesen Punkt löschen')}</li>
</ul>
<h2>Erstellung dieser Erklärung</h2>
<p>Diese Erklärung wurde am ${todo('Datum')} erstellt. Sie beruht auf ${todo('einer Selbstbewertung oder einer Prüfung durch eine Prüfstelle')}. Zuletzt überprüft wurde sie am ${todo('Datum')}.</p>
<h2>Barrieren melden: Kontakt und Rückmeldung</h2>
<p>Ist Ihnen eine Barriere aufgefallen, oder brauchen Sie einen Inhalt in anderer Form? Nutzen Sie bitte das <a href="${FEEDBACK_PATH}">Formular für Rückmeldungen zur Barrierefreiheit</a> oder schreiben Sie eine E-Mail an ${mailLink(body)}. Wir antworten Ihnen ${todo('Frist, zum Beispiel innerhalb von zwei Wochen')}.</p>
<h2>Schlichtungsverfahren</h2>
<p>Wenn Sie auf Ihre Rückmeldung keine oder keine zufriedenstellende Antwort erhalten, können Sie sich an eine Schlichtungsstelle wenden. Sie hilft, eine Lösung ohne Gericht zu finden. Das Verfahren ist kostenlos; Sie brauchen keinen Rechtsbeistand.</p>
<p>Für Kreise, Städte und Gemeinden ist die Schlichtungs- oder Ombudsstelle des Landes zuständig: ${todo('Name, Anschrift, E-Mail-Adresse und Website der Schlichtungsstelle nach dem Behindertengleichstellungsgesetz Ihres Landes')}</p>
<p>Für öffentliche Stellen des Bundes ist es die Schlichtungsstelle nach § 16 Behindertengleichstellungsgesetz (BGG) bei der oder dem Beauftragten der Bundesregierung für die Belange von Menschen mit Behinderungen, Mauerstraße 53, 10117 Berlin, <a href="https://www.schlichtungsstelle-bgg.de">www.schlichtungsstelle-bgg.de</a>. ${todo('den Absatz streichen, der für Sie nicht gilt')}</p>`;
}

export function easyLanguageDefault(body: LegalBody): string {
  const name = escapeHtml(body.name);
  return `<h2>Was ist diese Internet-Seite?</h2>
<p>Das ist das Rats-Informations-System von ${name}.</p>
<p>Hier steht, was die Politikerinnen und Politiker von ${name} besprechen.</p>
<p>Und hier steht, was sie beschließen.</p>
<h2>Was finden Sie hier?</h2>
<ul>
<li><strong>Sitzungen</strong>: Die Politiker treffen sich. Das heißt Sitzung. Hier steht: Wann ist die Sitzung? Worüber sprechen sie?</li>
<li><strong>Vorlagen</strong>: Das sind Texte für die Sitzungen. Zum Beispiel ein Vorschlag von der Verwaltung.</li>
<li><strong>Gremien</strong>: Das sind Gruppen von Politikern. Zum Beispiel ein Ausschuss.</li>
<li><strong>Personen</strong>: Hier stehen die Namen der Politiker.</li>
<li><strong>Suche</strong>: Hier können Sie nach einem Wort suchen.</li>
</ul>
<h2>Wie benutzen Sie die Seite?</h2>
<p>Oben auf jeder Seite ist ein Menü. Damit kommen Sie zu den Sitzungen, den Vorlagen, den Gremien und den Personen.</p>
<p>Unten auf jeder Seite sind noch mehr Links. Zum Beispiel zu diesem Text.</p>
<h2>Barriere-Freiheit</h2>
<p>Barriere-frei heißt: Alle Menschen können die Internet-Seite gut benutzen. Auch Menschen mit Behinderung.</p>
<p>Wir möchten: Unsere Internet-Seite ist barriere-frei.</p>
<p>Vielleicht klappt etwas nicht gut. Dann sagen Sie es uns bitte.</p>
<p>Dafür gibt es ein <a href="${FEEDBACK_PATH}">Formular</a>.</p>
<p>Sie können uns auch eine E-Mail schreiben: ${mailLink(body)}</p>
<h2>Sie bekommen keine Hilfe?</h2>
<p>Dann können Sie sich bei einer Schlichtungs-Stelle beschweren.</p>
<p>Die Schlichtungs-Stelle hilft Ihnen. Das kostet nichts.</p>
<p>Wo die Schlichtungs-Stelle ist, steht in der <a href="/barrierefreiheit">Erklärung zur Barriere-Freiheit</a>.</p>
<h2>Ihre Daten</h2>
<p>Wir sammeln keine Daten über Sie für Werbung.</p>
<p>Mehr dazu steht im <a href="/datenschutz">Daten-Schutz</a>.</p>`;
}

export function signLanguageDefault(body: LegalBody): string {
  const name = escapeHtml(body.name);
  return `<p>Hier erklärt ein Video in Deutscher Gebärdensprache (DGS) das Ratsinformationssystem von ${name}:</p>
<ul>
<li>welche Informationen es gibt: Sitzungen, Vorlagen, Gremien und Personen,</li>
<li>wie Sie sich auf der Website zurechtfinden,</li>
<li>wie Sie uns Barrieren melden und wo Sie Hilfe bekommen, wenn wir nicht antworten.</li>
</ul>
<p>Sie können uns auch schreiben: mit dem <a href="${FEEDBACK_PATH}">Formular für Rückmeldungen</a> oder per E-Mail an ${mailLink(body)}.</p>`;
}
