/**
 * @module imports/import-paths
 * Where an import may read attachments from. Import files come from other departments and old
 * systems and are not trusted: a `files[].path` must stay inside the files root (the import
 * file's folder, or `--files-root`). Absolute paths, `..` that climbs out, and symbolic links
 * anywhere along the path that lead out are refused. The decision is taken on real paths
 * (fs.realpath of the root and of the file), so no link trick gets past it.
 */
import { constants } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { err, ok, type Result } from '../../lib/result.ts';

/** The file's bytes, or a German sentence saying why it was not read. */
export type ContainedFile = Result<{ bytes: Buffer; realPath: string }, string>;

const outsideHint = 'Anlagen werden nur relativ zum Ordner der Importdatei (oder zu --files-root) gelesen.';

/** True when `candidate` (absolute, normalised) is `root` or lies below it. */
function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

/** True when some `..` of the path, taken in order, goes above its start (`a/../../x`, also `../root/x`). */
function climbsOut(filePath: string): boolean {
  let depth = 0;
  for (const segment of filePath.split(path.sep)) {
    if (segment === '..') depth--;
    else if (segment !== '' && segment !== '.') depth++;
    if (depth < 0) return true;
  }
  return false;
}

/**
 * Reads `filePath` (as written in the import document) relative to `root`, or says in German
 * why not. Only regular files are read.
 */
export async function readContainedFile(root: string, filePath: string): Promise<ContainedFile> {
  if (path.isAbsolute(filePath)) return err(`Der Pfad ${filePath} ist absolut; ${outsideHint}`);
  let realRoot: string;
  try {
    realRoot = await fs.realpath(root);
  } catch {
    return err(`Der Ordner ${root} für Anlagen kann nicht gelesen werden`);
  }
  const full = path.resolve(realRoot, filePath);
  if (climbsOut(filePath) || !isInside(realRoot, full)) return err(`Der Pfad ${filePath} liegt außerhalb von ${realRoot}; ${outsideHint}`);

  let realPath: string;
  try {
    realPath = await fs.realpath(full);
  } catch {
    return err(`Datei ${full} kann nicht gelesen werden`);
  }
  if (!isInside(realRoot, realPath)) {
    return err(`Der Pfad ${filePath} führt über einen symbolischen Link nach ${realPath} und liegt damit außerhalb von ${realRoot}; ${outsideHint}`);
  }
  // Open the checked real path without following a link in its last part, and read through that
  // handle only if it is the very file that was checked: a link swapped in meanwhile is refused.
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(realPath, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
    const [opened, checked] = await Promise.all([handle.stat(), fs.stat(realPath)]);
    if (!opened.isFile()) return err(`${filePath} ist keine gewöhnliche Datei`);
    if (opened.dev !== checked.dev || opened.ino !== checked.ino) return err(`Datei ${full} hat sich beim Lesen geändert`);
    return ok({ bytes: await handle.readFile(), realPath });
  } catch {
    return err(`Datei ${full} kann nicht gelesen werden`);
  } finally {
    await handle?.close();
  }
}
