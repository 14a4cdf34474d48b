/**
 * @module app/client-bundle
 * The back-office script (src/client/back-office.ts), bundled with esbuild from the project's own
 * sources and npm packages: `npm run build` writes it to dist/, and a server without that file
 * bundles it once in memory at start (tests, a checkout run with `node` directly). Public pages
 * never load it.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { build } from 'esbuild';

const entry = new URL('../client/back-office.ts', import.meta.url);
export const builtBundle = new URL('../../dist/client/back-office.js', import.meta.url);

export interface ClientBundle {
  code: string;
  etag: string;
}

/** Bundles the script; `outfile` writes it, otherwise the code is returned only. */
export async function bundleBackOfficeScript(outfile?: string): Promise<string> {
  const result = await build({
    entryPoints: [entry.pathname],
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2020'],
    write: false,
    legalComments: 'none',
  });
  const code = result.outputFiles[0]?.text ?? '';
  if (outfile) fs.writeFileSync(outfile, code);
  return code;
}

export async function loadBackOfficeScript(): Promise<ClientBundle> {
  const fresh = fs.existsSync(builtBundle) && fs.statSync(builtBundle).mtimeMs >= fs.statSync(entry).mtimeMs;
  const code = fresh ? fs.readFileSync(builtBundle, 'utf8') : await bundleBackOfficeScript();
  return { code, etag: `"${createHash('sha256').update(code).digest('base64url').slice(0, 22)}"` };
}
