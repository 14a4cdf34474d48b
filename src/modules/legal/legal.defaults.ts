/**
 * @module legal/defaults — the German default texts, filled in from the body's record. They are
 * a sound start, not legal advice: what only the body knows stands in „[Bitte ergänzen: …]“, so
 * the administration sees at a glance what is still open before the page is final.
 */
import { FEEDBACK_PATH, type LegalPageKind } from './legal.kinds.ts';
import { accessibilityDefault, easyLanguageDefault, signLanguageDefault } from './legal.defaults.accessibility.ts';
import { escapeHtml, mailLink, todo, webLink, type LegalBody } from './legal.placeholders.ts';

function imprintDefault(body: LegalBody): string {
  const name = escapeHtml(body.name);
  const website = webLink(body.website) && `<br>Website: ${webLink(body.website)}`;
  const license = webLink(body.license) && ` unter der Lizenz ${webLink(body.license)}`;
  return `<h2>Herausgeber</h2>
<p>${name}<br>${todo('Anschrift (Straße, Hausnummer, Postleitzahl, Ort)')}</p>
<p>${name} ist eine Körperschaft des öffentlichen Rechts. Gesetzlich vertreten wird sie durch ${todo('die Landrätin oder den Landrat bzw. die Bürgermeisterin oder den Bürgermeister, mit Namen')}.</p>
<h2>Kontakt</h2>
<p>${body.contactName ? `${escapeHtml(body.contactName)}<br>` : ''}E-Mail: ${mailLink(body)}<br>Telefon: ${todo('Telefonnummer')}${website}</p>
<h2>Verantwortlich für den Inhalt</h2>
<p>Verantwortlich im Sinne von § 18 Absatz 2 Medienstaatsvertrag: ${todo('Name und Anschrift der verantwortlichen Person')}</p>
<h2>Aufsichtsbehörde</h2>
<p>${todo('die zuständige Kommunalaufsichtsbehörde mit Anschrift')}</p>
<h2>Inhalte dieses Ratsinformationssystems</h2>
<p>Das Ratsinformationssystem veröffentlicht Sitzungen, Tagesordnungen, Vorlagen, Beschlüsse und Niederschriften der Gremien von ${name}. Die Texte werden sorgfältig eingestellt; rechtlich maßgeblich sind aber allein die unterzeichneten Originale und die öffentlich bekannt gemachten Fassungen.</p>
<p>Die öffentlichen Daten stehen auch als offene Daten über die <a href="/oparl">OParl-Schnittstelle</a> bereit${license}.</p>
<h2>Links auf andere Websites</h2>
<p>Für die Inhalte verlinkter fremder Websites sind deren Anbieter verantwortlich. Bei Bekanntwerden rechtswidriger Inhalte entfernen wir den Link.</p>
<h2>Software</h2>
<p>Diese Website wird mit Gremia betrieben, einem offenen Ratsinformationssystem.</p>`;
}

function privacyDefault(body: LegalBody): string {
  const name = escapeHtml(body.name);
  return `<h2>Verantwortliche Stelle</h2>
<p>Verantwortlich für die Verarbeitung personenbezogener Daten auf dieser Website ist ${name}, ${todo('Anschrift')}, E-Mail: ${mailLink(body)}.</p>
<h2>Datenschutzbeauftragte oder Datenschutzbeauftragter</h2>
<p>${todo('Name oder Funktion und Kontakt der oder des behördlichen Datenschutzbeauftragten')}</p>
<h2>Wenn Sie diese Website aufrufen</h2>
<p>Beim Aufruf einer Seite verarbeitet der Server technisch notwendig Ihre IP-Adresse, Datum und Uhrzeit, die aufgerufene Adresse und die Angaben Ihres Browsers. Das dient dazu, die Seiten auszuliefern und die Website vor Angriffen und Überlastung zu schützen (zum Beispiel durch eine Begrenzung wiederholter Anmeldeversuche). Protokolle des Servers werden nach ${todo('Speicherdauer, zum Beispiel 7 Tagen')} gelöscht.</p>
<p>Rechtsgrundlage ist Artikel 6 Absatz 1 Buchstabe e der Datenschutz-Grundverordnung (DSGVO) in Verbindung mit ${todo('dem Landesdatenschutzgesetz Ihres Landes')}.</p>
<h2>Keine Analyse, keine Werbung, keine fremden Inhalte</h2>
<p>Diese Website setzt keine Werkzeuge zur Reichweitenmessung oder Werbung ein, lädt keine Inhalte von fremden Servern und verwendet kein JavaScript.</p>
<h2>Cookies</h2>
<p>Es werden nur technisch notwendige Cookies gesetzt: ein Cookie, das Formulare vor untergeschobenen Absendungen schützt, und nach einer Anmeldung ein Sitzungs-Cookie, das bei der Abmeldung gelöscht wird. Eine Einwilligung ist dafür nicht nötig (§ 25 Absatz 2 TDDDG).</p>
<h2>Anmeldung für Mandatsträgerinnen, Mandatsträger und Verwaltung</h2>
<p>Für Konten werden Name, E-Mail-Adresse, Rollen und ein verschlüsseltes Passwort gespeichert. Anmeldungen, Fehlversuche und Zugriffe auf nichtöffentliche Unterlagen werden mit Zeitpunkt und IP-Adresse protokolliert, um die Vertraulichkeit dieser Unterlagen zu sichern (Artikel 32 DSGVO).</p>
<h2>Personenbezogene Daten in Sitzungsunterlagen</h2>
<p>Namen von Mitgliedern der Gremien, ihre Mitgliedschaften und ihre Funktionen werden veröffentlicht, soweit ${todo('die Gemeinde- bzw. Kreisordnung und die Geschäftsordnung')} dies vorsehen. Unterlagen zu nichtöffentlichen Sitzungsteilen sind nur für Berechtigte nach Anmeldung sichtbar.</p>
<h2>Rückmeldungen zur Barrierefreiheit</h2>
<p>Wenn Sie das <a href="${FEEDBACK_PATH}">Formular für Rückmeldungen zur Barrierefreiheit</a> nutzen, werden Ihre Nachricht und, wenn Sie sie angeben, Ihr Name und Ihre E-Mail-Adresse per E-Mail an ${name} gesendet. Sie werden nur verwendet, um Ihre Rückmeldung zu bearbeiten und zu beantworten, und nach ${todo('Speicherdauer')} gelöscht.</p>
<h2>Ihre Rechte</h2>
<p>Sie haben das Recht auf Auskunft (Artikel 15 DSGVO), Berichtigung (Artikel 16), Löschung (Artikel 17), Einschränkung der Verarbeitung (Artikel 18) und Widerspruch (Artikel 21). Wenden Sie sich dazu an die oben genannte Stelle.</p>
<p>Sie können sich außerdem bei der Aufsichtsbehörde beschweren: ${todo('die oder der Landesbeauftragte für den Datenschutz Ihres Landes, mit Anschrift')}.</p>`;
}

/** The default text of a page for this body, as sanitised HTML would look. */
export function defaultLegalText(kind: LegalPageKind, body: LegalBody, siteUrl: string): string {
  switch (kind) {
    case 'impressum':
      return imprintDefault(body);
    case 'datenschutz':
      return privacyDefault(body);
    case 'barrierefreiheit':
      return accessibilityDefault(body, siteUrl);
    case 'leichte-sprache':
      return easyLanguageDefault(body);
    case 'gebaerdensprache':
      return signLanguageDefault(body);
  }
}
