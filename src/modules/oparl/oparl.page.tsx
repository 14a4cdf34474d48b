/**
 * @module oparl/page
 * `/oparl`: what the API offers, for the people who write the scripts, apps and portals that use
 * it — the entry point, example URLs to click, the parameters, and what it leaves out. The
 * System object's `product` and `vendor` point here.
 */
import { createRequire } from 'node:module';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { anonymous, paperVisibleTo } from '../../access/index.ts';
import { queryRow } from '../../db/rows.ts';
import { z } from '../../lib/validation.ts';
import { Layout } from '../../ui/Layout.tsx';
import { sendPage } from '../../http/render.ts';
import { siteBaseUrl, type RouteDeps } from '../../http/site.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './oparl.lists.ts';
import { OparlUrls } from './oparl.urls.ts';

const packageInfo = createRequire(import.meta.url)('../../../package.json') as { version: string; license: string };

function Example(props: { url: string; label: string }) {
  return (
    <li>
      {props.label}: <a href={props.url}>{props.url}</a>
    </li>
  );
}

export function oparlPageRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.get('/oparl', { config: { pageCache: true } }, async (request, reply) => {
    const { body } = request.site;
    const urls = new OparlUrls(siteBaseUrl(request));
    const sample = await queryRow(
      deps.db,
      z.object({ paper_id: z.number().nullable(), meeting_id: z.number().nullable() }),
      sql`select (select max(id) from papers where body_id = ${body.id} and ${paperVisibleTo(anonymous)}) as paper_id,
        (select max(id) from meetings where body_id = ${body.id} and deleted_at is null) as meeting_id`,
    );
    const since = encodeURIComponent('2025-01-01T00:00:00+01:00');
    return sendPage(
      reply,
      <Layout
        title="Offene Daten (OParl)"
        description={`Die OParl-Schnittstelle des Ratsinformationssystems ${body.name}: alle öffentlichen Vorlagen, Sitzungen, Gremien und Dokumente als offene Daten.`}
        bodyName={body.name}
        breadcrumbs={[{ label: 'Start', href: '/' }, { label: 'Offene Daten (OParl)' }]}
      >
        <div class="api-page">
          <h1>Offene Daten: die OParl-Schnittstelle</h1>
          <p>
            Alles, was dieses Ratsinformationssystem öffentlich zeigt, gibt es auch maschinenlesbar: Vorlagen mit ihrer Beratungsfolge, Sitzungen mit
            Tagesordnung und Beschlüssen, Gremien, Personen, Mitgliedschaften und alle öffentlichen Dokumente samt ihrem Text. Die Schnittstelle folgt dem
            Standard <a href="https://oparl.org">OParl 1.1</a>, den Apps, Open-Data-Portale und Redaktionen bereits lesen. Sie braucht keine Anmeldung und
            keinen Schlüssel, antwortet mit JSON in UTF-8 und erlaubt den Abruf aus jeder Webanwendung (CORS).
          </p>
          {body.license ? (
            <p>
              Die Daten stehen unter der Lizenz <a href={body.license}>{body.license}</a>.
            </p>
          ) : null}

          <h2>Einstieg</h2>
          <p>
            Der Einstiegspunkt ist das System-Objekt:{' '}
            <a class="api-url" href={urls.system()}>
              {urls.system()}
            </a>
            . Von dort führt jede Angabe als Link weiter; ein Programm muss keine Adresse selbst zusammensetzen.
          </p>

          <h2>Beispiele</h2>
          <ul class="api-examples">
            <Example label="Die Körperschaft mit allen Listen" url={urls.object('body', body.id)} />
            <Example label="Alle Vorlagen, seitenweise" url={urls.bodyList(body.id, 'paper')} />
            {sample?.paper_id ? <Example label="Eine Vorlage mit Beratungsfolge und Dateien" url={urls.object('paper', sample.paper_id)} /> : null}
            <Example label="Alle Sitzungen mit Tagesordnung" url={urls.bodyList(body.id, 'meeting')} />
            {sample?.meeting_id ? <Example label="Eine Sitzung" url={urls.object('meeting', sample.meeting_id)} /> : null}
            <Example
              label="Was sich seit dem 1. Januar 2025 an Vorlagen geändert hat, auch Gelöschtes"
              url={`${urls.bodyList(body.id, 'paper')}?modified_since=${since}`}
            />
            <Example
              label="Dasselbe ohne eingebettete Listen, für den Abgleich"
              url={`${urls.bodyList(body.id, 'paper')}?modified_since=${since}&omit_internal=true`}
            />
            <Example label="Gremien, Fraktionen und Verwaltungseinheiten" url={urls.bodyList(body.id, 'organization')} />
            <Example label="Alle öffentlichen Dateien mit ihrem Text" url={`${urls.bodyList(body.id, 'file')}?limit=10`} />
          </ul>

          <h2>Parameter der Listen</h2>
          <dl>
            <dt>
              <code>created_since</code>, <code>created_until</code>, <code>modified_since</code>, <code>modified_until</code>
            </dt>
            <dd>
              Schränken auf Objekte ein, die in diesem Zeitraum angelegt oder geändert wurden. Erwartet wird ein Zeitpunkt mit Zeitzone, etwa{' '}
              <code>2025-01-31T00:00:00+01:00</code> (das Pluszeichen in der Adresse als <code>%2B</code>). Mit <code>modified_since</code> enthält die Liste
              auch gelöschte Objekte, gekennzeichnet mit <code>"deleted": true</code>.
            </dd>
            <dt>
              <code>limit</code>
            </dt>
            <dd>
              Objekte je Seite: üblich sind {DEFAULT_PAGE_SIZE}, höchstens {MAX_PAGE_SIZE}. Jede Seite nennt unter <code>links</code> die erste, vorige, nächste
              und letzte Seite, mit allen Parametern.
            </dd>
            <dt>
              <code>omit_internal=true</code>
            </dt>
            <dd>Lässt eingebettete Listen weg (Dateien, Tagesordnungspunkte, Mitgliedschaften, Wahlperioden).</dd>
          </dl>
          <p>
            Unbekannte Parameter und ungültige Werte beantwortet die Schnittstelle mit dem Status 400 und einer Fehlermeldung, unbekannte Objekte mit 404 –
            beides als JSON. Unveränderte Antworten erkennt ein Programm am <code>ETag</code> und erhält auf <code>If-None-Match</code> den Status 304.
          </p>

          <h2>Was nicht enthalten ist</h2>
          <p>
            Nicht-öffentliche Vorlagen, Tagesordnungspunkte und Dokumente fehlen vollständig, auch in Zählungen und Verweisen. Von Personen enthält die
            Schnittstelle wie das Portal Namen, Funktionen und Mitgliedschaften, aber keine E-Mail-Adressen, Telefonnummern oder Anschriften.
          </p>

          <h2 id="software">Software und Betrieb</h2>
          <p>
            Die Schnittstelle gehört zu Gremia {packageInfo.version}, einem offenen Ratsinformationssystem (freie Software unter der Lizenz{' '}
            {packageInfo.license}). Betrieben wird sie von {body.name}
            {body.contactEmail ? (
              <>
                ; Fragen zu den Daten beantwortet {body.contactName ?? 'die Verwaltung'} unter <a href={`mailto:${body.contactEmail}`}>{body.contactEmail}</a>
              </>
            ) : null}
            .
          </p>
        </div>
      </Layout>,
    );
  });
}
