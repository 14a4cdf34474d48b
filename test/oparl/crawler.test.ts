/**
 * Conformance crawler over the whole demo Kreis, as an OParl client walks it: from the System
 * object (2.10 Endpunkt) along every external list and every `next` link (2.5 Objektlisten und
 * Paginierung), into every embedded object and every reference (3.0), each validated against
 * its type's schema (oparl.spec-schemas: schema/*.json, 2.4 JSON-Ausgabe, 3.1 id/type/created/
 * modified), each id dereferenced to itself (3.1 id, 2.3 URLs), with the JSON and CORS headers
 * (2.4, 2.6) and the file URLs (2.7 Dateizugriffe). Errors are collected, not thrown one by one.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { listPageSchema, embeddedByType, referencesByType, validateOparlObject } from '../../src/modules/oparl/index.ts';
import { openDemoApp, type DemoApp } from '../helpers/demo.ts';

type Json = Record<string, unknown>;
const TYPE = 'https://schema.oparl.org/1.1/';
const typeName = (o: Json) => String(o.type).replace(TYPE, '');

describe('OParl crawler over the demo Kreis (2.5, 2.7, 2.10, 3.0, 3.1)', () => {
  let demo: DemoApp;
  let base = '';
  const errors: string[] = [];
  const typesSeen = new Set<string>();
  const files: Json[] = [];

  before(async () => {
    demo = await openDemoApp();
  });
  after(() => demo.close());

  const get = (url: string) => demo.app.inject({ method: 'GET', url: url.startsWith(base) ? url.slice(base.length) : url });

  function checkHeaders(url: string, headers: Record<string, unknown>) {
    if (headers['content-type'] !== 'application/json; charset=utf-8') errors.push(`${url}: Content-Type ${String(headers['content-type'])}`);
    if (headers['access-control-allow-origin'] !== '*') errors.push(`${url}: no CORS header`);
  }

  it('walks every list, page, embedded object and reference without a schema or link error', async () => {
    const system = await get('/oparl/v1/system');
    const systemObject = JSON.parse(system.body) as Json;
    base = String(systemObject.id).replace(/\/oparl\/v1\/system$/, '');
    assert.match(base, /^https?:\/\/[^/]+$/);

    const lists = new Set<string>();
    const listQueue: string[] = [];
    /** url → expected type */
    const objects = new Map<string, string>();
    const fetched = new Set<string>();

    const addList = (url: unknown) => {
      if (typeof url !== 'string') return;
      if (!url.startsWith(`${base}/oparl/v1/`)) errors.push(`list ${url} is not on ${base}`);
      else if (!lists.has(url)) lists.add(url), listQueue.push(url);
    };
    const addObject = (url: unknown, type: string | undefined, from: string) => {
      if (typeof url !== 'string') return;
      if (!url.startsWith(`${base}/oparl/v1/`)) return void errors.push(`${from}: reference ${url} is not on ${base}`);
      const known = objects.get(url);
      if (known && type && known !== type) errors.push(`${url}: referenced as ${known} and as ${type}`);
      if (!known) objects.set(url, type ?? '');
    };
    const referenceTypes: Record<string, string> = {
      system: 'System',
      body: 'Body',
      subOrganizationOf: 'Organization',
      externalBody: 'Body',
      membership: 'Membership',
      person: 'Person',
      organization: 'Organization',
      onBehalfOf: 'Organization',
      participant: 'Person',
      meeting: 'Meeting',
      consultation: 'Consultation',
      paper: 'Paper',
      agendaItem: 'AgendaItem',
      relatedPaper: 'Paper',
      superordinatedPaper: 'Paper',
      subordinatedPaper: 'Paper',
      originatorPerson: 'Person',
      underDirectionOf: 'Organization',
      originatorOrganization: 'Organization',
      masterFile: 'File',
      derivativeFile: 'File',
      bodies: 'Body',
      organizations: 'Organization',
      persons: 'Person',
      meetings: 'Meeting',
      papers: 'Paper',
      location: 'Location',
      otherOparlVersions: 'System',
    };

    /** Validates an object, collects its references, lists and embedded objects. */
    function visit(o: Json, where: string, embedded: boolean) {
      const name = typeName(o);
      typesSeen.add(name);
      for (const problem of validateOparlObject(o)) errors.push(`${where} (${name}${embedded ? ', eingebettet' : ''}): ${problem}`);
      addObject(o.id, name, where);
      if (o.deleted === true) return;
      if (name === 'File' && !embedded) files.push(o);
      const refs = referencesByType[name];
      for (const key of refs?.lists ?? []) addList(o[key]);
      for (const key of refs?.one ?? []) if (typeof o[key] === 'string') addObject(o[key], referenceTypes[key], `${where}.${key}`);
      for (const key of refs?.many ?? []) for (const url of (o[key] as unknown[] | undefined) ?? []) addObject(url, referenceTypes[key], `${where}.${key}`);
      for (const [key, type] of Object.entries(embeddedByType[name] ?? {})) {
        const value = o[key];
        for (const child of Array.isArray(value) ? value : value ? [value] : []) {
          const c = child as Json;
          if (typeName(c) !== type) errors.push(`${where}.${key}: embedded ${String(c.type)} where ${type} belongs`);
          visit(c, `${where}.${key}`, true);
        }
      }
    }

    checkHeaders('/oparl/v1/system', system.headers);
    visit(systemObject, 'System', false);
    fetched.add(String(systemObject.id));

    while (listQueue.length) {
      const listUrl = listQueue.shift() as string;
      const ids = new Set<string>();
      let next: string | undefined = listUrl;
      let total: number | undefined;
      let pages = 0;
      while (next) {
        const r = await get(next);
        pages++;
        if (r.statusCode !== 200) {
          errors.push(`${next}: status ${r.statusCode}`);
          break;
        }
        checkHeaders(next, r.headers);
        const page = JSON.parse(r.body) as {
          data: Json[];
          pagination: { totalElements?: number; currentPage?: number; totalPages?: number };
          links: { next?: string };
        };
        const shape = listPageSchema.safeParse(page);
        if (!shape.success) errors.push(`${next}: list page ${shape.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
        total ??= page.pagination.totalElements;
        const { currentPage, totalPages } = page.pagination;
        if (currentPage !== undefined && totalPages !== undefined && Boolean(page.links.next) !== currentPage < totalPages)
          errors.push(`${next}: next ${page.links.next ? 'on' : 'missing before'} the last page`);
        for (const o of page.data) {
          if (ids.has(String(o.id))) errors.push(`${listUrl}: ${String(o.id)} twice`);
          ids.add(String(o.id));
          visit(o, String(o.id), false);
        }
        if (pages > 500) throw new Error(`${listUrl} does not end`);
        next = page.links.next;
      }
      if (total !== undefined && total !== ids.size) errors.push(`${listUrl}: totalElements ${total}, listed ${ids.size}`);
    }

    // every object and every reference, fetched once, is itself (3.1 id)
    const pending = () => [...objects.keys()].filter((u) => !fetched.has(u));
    for (let batch = pending(); batch.length; batch = pending()) {
      for (let i = 0; i < batch.length; i += 8) {
        await Promise.all(
          batch.slice(i, i + 8).map(async (url) => {
            fetched.add(url);
            const r = await get(url);
            if (r.statusCode !== 200) return void errors.push(`${url}: status ${r.statusCode}`);
            checkHeaders(url, r.headers);
            const o = JSON.parse(r.body) as Json;
            if (o.id !== url) errors.push(`${url}: id is ${String(o.id)}`);
            const expected = objects.get(url);
            if (expected && typeName(o) !== expected) errors.push(`${url}: type ${String(o.type)}, referenced as ${expected}`);
            visit(o, url, false);
          }),
        );
      }
    }
    while (listQueue.length) addList(listQueue.shift());

    assert.deepEqual(errors.slice(0, 50), [], `${errors.length} errors`);
    for (const type of [
      'System',
      'Body',
      'LegislativeTerm',
      'Organization',
      'Person',
      'Membership',
      'Meeting',
      'AgendaItem',
      'Paper',
      'Consultation',
      'File',
      'Location',
    ])
      assert.ok(typesSeen.has(type), `saw no ${type}`);
    assert.ok(fetched.size > 3000, `dereferenced ${fetched.size} URLs`);
    assert.ok(lists.size >= 11 + 30, `${lists.size} lists, with every organisation's meetings and consultations`);
  });

  it('serves every tenth file at accessUrl inline and at downloadUrl as attachment, with type and length (2.7)', async () => {
    assert.ok(files.length > 100, `${files.length} files`);
    const problems: string[] = [];
    for (const file of files.filter((_, i) => i % 10 === 0)) {
      const access = await get(String(file.accessUrl));
      const download = await get(String(file.downloadUrl));
      for (const [label, r] of [
        ['accessUrl', access],
        ['downloadUrl', download],
      ] as const) {
        if (r.statusCode !== 200) problems.push(`${String(file[label])}: ${r.statusCode}`);
        if (r.headers['content-type'] !== file.mimeType) problems.push(`${String(file[label])}: Content-Type ${String(r.headers['content-type'])}`);
        if (Number(r.headers['content-length']) !== file.size)
          problems.push(`${String(file[label])}: Content-Length ${String(r.headers['content-length'])} for size ${String(file.size)}`);
      }
      if (/attachment/.test(String(access.headers['content-disposition'] ?? ''))) problems.push(`${String(file.accessUrl)}: attachment`);
      if (!/^attachment;.*filename=/.test(String(download.headers['content-disposition'] ?? '')))
        problems.push(`${String(file.downloadUrl)}: no attachment with filename`);
    }
    assert.deepEqual(problems.slice(0, 30), []);
  });

  it('honours limit on every body list and carries it in next (2.5 Filter)', async () => {
    const body = JSON.parse((await get('/oparl/v1/body')).body) as { data: Json[] };
    const first = body.data[0];
    assert.ok(first);
    for (const key of referencesByType.Body?.lists ?? []) {
      const page = JSON.parse((await get(`${String(first[key])}?limit=7`)).body) as {
        data: Json[];
        pagination: { totalElements: number };
        links: { next?: string };
      };
      assert.equal(page.data.length, Math.min(7, page.pagination.totalElements), key);
      if (page.pagination.totalElements > 7) assert.match(String(page.links.next), /[?&]limit=7(&|$)/, key);
    }
  });
});
