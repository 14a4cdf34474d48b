import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { tempDir } from '../../../test/helpers/fixtures.ts';
import { readContainedFile } from './import.paths.ts';

describe('attachment paths of an import stay inside the files root', () => {
  let base: string;
  let root: string;
  let outside: string;

  before(async () => {
    base = await fs.realpath(await tempDir('gremia-paths-'));
    root = path.join(base, 'lieferung');
    outside = path.join(base, 'geheim');
    await fs.mkdir(path.join(root, 'anlagen', 'unter'), { recursive: true });
    await fs.mkdir(outside);
    await fs.writeFile(path.join(root, 'anlagen', 'plan.pdf'), 'plan');
    await fs.writeFile(path.join(outside, 'passwort.txt'), 'geheim');
    // links that stay inside
    await fs.symlink('plan.pdf', path.join(root, 'anlagen', 'verweis.pdf'));
    await fs.symlink(path.join(root, 'anlagen'), path.join(root, 'kurz'));
    // links that lead out: to a file, to a folder (used in the middle of a path), and a chain
    await fs.symlink(path.join(outside, 'passwort.txt'), path.join(root, 'anlagen', 'raus.pdf'));
    await fs.symlink(outside, path.join(root, 'ordner-raus'));
    await fs.symlink('raus.pdf', path.join(root, 'anlagen', 'kette.pdf'));
    await fs.symlink('/etc/hostname', path.join(root, 'absolut-raus'));
  });
  after(() => fs.rm(base, { recursive: true, force: true }));

  const read = (p: string, r = root) => readContainedFile(r, p);
  const refused = async (p: string, pattern: RegExp, r = root) => {
    const result = await read(p, r);
    assert.ok(!result.ok, `${p} must be refused`);
    assert.match(result.error, pattern);
  };

  it('reads relative paths, `..` that stays inside, and links that stay inside', async () => {
    for (const p of ['anlagen/plan.pdf', './anlagen/plan.pdf', 'anlagen/unter/../plan.pdf', 'anlagen/verweis.pdf', 'kurz/plan.pdf', 'kurz/verweis.pdf']) {
      const result = await read(p);
      assert.ok(result.ok, `${p}: ${JSON.stringify(result)}`);
      assert.equal(result.value.bytes.toString(), 'plan');
      assert.equal(result.value.realPath, path.join(root, 'anlagen', 'plan.pdf'));
    }
  });

  it('refuses absolute paths, even ones that point into the root', async () => {
    await refused(
      '/etc/passwd',
      /^Der Pfad \/etc\/passwd ist absolut; Anlagen werden nur relativ zum Ordner der Importdatei \(oder zu --files-root\) gelesen\.$/,
    );
    await refused(path.join(root, 'anlagen', 'plan.pdf'), /ist absolut/);
  });

  it('refuses `..` that leaves the root', async () => {
    await refused('../geheim/passwort.txt', new RegExp(`^Der Pfad \\.\\./geheim/passwort\\.txt liegt außerhalb von ${root}; `));
    await refused('anlagen/../../geheim/passwort.txt', /liegt außerhalb von/);
    await refused('..', /liegt außerhalb von/);
    // out and back in: refused too, the path must not leave the root on its way
    await refused('../lieferung/anlagen/plan.pdf', /liegt außerhalb von/);
    await refused('anlagen/../../lieferung/anlagen/plan.pdf', /liegt außerhalb von/);
  });

  it('refuses symbolic links anywhere along the path that lead out', async () => {
    await refused('anlagen/raus.pdf', new RegExp(`führt über einen symbolischen Link nach ${outside}/passwort\\.txt und liegt damit außerhalb von ${root}`));
    await refused('ordner-raus/passwort.txt', /symbolischen Link .* außerhalb von/);
    await refused('anlagen/kette.pdf', /symbolischen Link .* außerhalb von/);
    await refused('absolut-raus', /symbolischen Link .* außerhalb von/);
  });

  it('compares real paths: a root reached through a link works, a sibling with the same prefix is outside', async () => {
    const viaLink = path.join(base, 'lieferung-link');
    await fs.symlink(root, viaLink);
    const result = await read('kurz/plan.pdf', viaLink);
    assert.ok(result.ok, JSON.stringify(result));
    // `lieferung-2` starts like `lieferung` but is not inside it
    await fs.mkdir(path.join(base, 'lieferung-2'));
    await fs.writeFile(path.join(base, 'lieferung-2', 'x.pdf'), 'x');
    await fs.symlink(path.join(base, 'lieferung-2', 'x.pdf'), path.join(root, 'nachbar.pdf'));
    await refused('nachbar.pdf', /außerhalb von/);
  });

  it('names missing files, folders and other non-files', async () => {
    await refused('anlagen/fehlt.pdf', /^Datei .*anlagen\/fehlt\.pdf kann nicht gelesen werden$/);
    await refused('anlagen', /keine gewöhnliche Datei/);
    execFileSync('mkfifo', [path.join(root, 'rohr')]);
    await refused('rohr', /keine gewöhnliche Datei/);
    await refused('x', /Der Ordner .* für Anlagen kann nicht gelesen werden/, path.join(base, 'gibt-es-nicht'));
  });
});
