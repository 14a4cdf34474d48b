/** @module files/views/admin/LogoView — `/verwaltung/einstellungen/logo`: the current logo, a new one, or none. */
import { Layout } from '../../../../ui/Layout.tsx';
import { Message, PostForm } from '../../../../ui/forms.tsx';
import { ConflictPanel, ErrorSummary, FileField } from '../../../../ui/master-data.tsx';

export interface LogoViewProps {
  bodyName: string;
  /** The body's version the forms send back (optimistic locking). */
  version: number;
  /** The current logo's file name; undefined without a logo. */
  logo: string | undefined;
  notice?: string | undefined;
  /** Why the last upload was refused, beside the file field. */
  error?: string | undefined;
  /** A stale save: what the user wanted and what is stored now. */
  conflict?: { message: string; mine: string; stored: string } | undefined;
  /** The user's upload kept over a stale save: saving again takes it without a new upload. */
  pending?: { id: number; fileName: string } | undefined;
}

export const LOGO_FIELD = 'logo';
export const PENDING_FIELD = 'hochgeladen';
export const PENDING_NAME_FIELD = 'hochgeladen-name';

const crumbs = [
  { label: 'Start', href: '/' },
  { label: 'Verwaltung', href: '/verwaltung' },
  { label: 'Körperschaft', href: '/verwaltung/einstellungen' },
  { label: 'Logo' },
];

export function LogoView(props: LogoViewProps) {
  return (
    <Layout
      title="Logo"
      description={`Das Logo von ${props.bodyName} im Kopf jeder Seite`}
      bodyName={props.bodyName}
      breadcrumbs={crumbs}
      section="verwaltung"
      backOffice="/verwaltung/einstellungen"
    >
      <h1>Logo</h1>
      <p>Das Logo erscheint auf jeder Seite oben neben dem Namen der Körperschaft.</p>
      {props.notice ? <Message kind="success">{props.notice}</Message> : null}
      {props.conflict ? (
        <ConflictPanel message={props.conflict.message} rows={[{ label: 'Logo', mine: props.conflict.mine, stored: props.conflict.stored }]} />
      ) : null}
      <ErrorSummary problems={props.error ? { [LOGO_FIELD]: props.error } : undefined} />
      <h2>Aktuelles Logo</h2>
      {props.logo ? (
        <>
          <p>
            <img class="logo-preview" src="/logo" alt={`Aktuelles Logo von ${props.bodyName}`} />
          </p>
          <p>Datei: {props.logo}</p>
        </>
      ) : (
        <p>Es ist noch kein Logo hinterlegt.</p>
      )}
      <h2>{props.logo ? 'Logo ersetzen' : 'Logo hochladen'}</h2>
      <PostForm action="/verwaltung/einstellungen/logo" enctype="multipart/form-data" aria-label="Logo hochladen">
        <input type="hidden" name="version" value={String(props.version)} />
        {props.pending ? (
          <>
            <input type="hidden" name={PENDING_FIELD} value={String(props.pending.id)} />
            <input type="hidden" name={PENDING_NAME_FIELD} value={props.pending.fileName} />
            <p>Ihr Bild „{props.pending.fileName}“ ist schon hochgeladen. Speichern Sie erneut, um es zu übernehmen, oder wählen Sie ein anderes Bild.</p>
          </>
        ) : null}
        <FileField
          name={LOGO_FIELD}
          label="Bilddatei"
          accept="image/png,image/jpeg,image/webp"
          required={!props.pending}
          error={props.error}
          hint="PNG, JPEG oder WebP, höchstens 5 MB, am besten quadratisch und mindestens 80 × 80 Pixel groß. SVG-Grafiken werden nicht angenommen, weil sie Skripte enthalten können."
        />
        <button type="submit">Logo speichern</button>
      </PostForm>
      {props.logo ? (
        <PostForm action="/verwaltung/einstellungen/logo/entfernen" class="end-restore" aria-label="Logo entfernen">
          <input type="hidden" name="version" value={String(props.version)} />
          <p>Ohne Logo zeigt der Kopf der Seiten nur den Namen der Körperschaft.</p>
          <button type="submit">Logo entfernen</button>
        </PostForm>
      ) : null}
    </Layout>
  );
}
