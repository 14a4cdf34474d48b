import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupOf, groupOrganizations, type OrganizationSummary } from './organizations.groups.ts';
import { currentTerm, type LegislativeTerm } from '../bodies/index.ts';

const terms: LegislativeTerm[] = [
  { id: 3, name: 'WP 2028–2033', startDate: '2028-11-01', endDate: '2033-10-31' },
  { id: 2, name: 'WP 2023–2028', startDate: '2023-06-01', endDate: '2028-05-31' },
  { id: 1, name: 'WP 2018–2023', startDate: '2018-06-01', endDate: '2023-05-31' },
];

describe('current Wahlperiode', () => {
  it('is the term containing today, the latest begun one between terms, the earliest before all', () => {
    assert.equal(currentTerm(terms, '2023-06-01')?.id, 2);
    assert.equal(currentTerm(terms, '2023-05-31')?.id, 1);
    assert.equal(currentTerm(terms, '2028-05-31')?.id, 2);
    assert.equal(currentTerm(terms, '2028-07-01')?.id, 2, 'between two terms: the one that has begun');
    assert.equal(currentTerm(terms, '2010-01-01')?.id, 1, 'before the first term: the first');
    assert.equal(currentTerm([{ id: 9, name: 'offen', startDate: '2020-01-01', endDate: null }], '2040-01-01')?.id, 9);
    assert.equal(currentTerm([], '2025-01-01'), undefined);
  });
});

const org = (id: number, organizationType: string, classification: string | null, name = `O${id}`, parentId: number | null = null): OrganizationSummary => ({
  id,
  name,
  shortName: null,
  organizationType,
  classification,
  parentId,
  members: 0,
});

describe('grouping on /gremien', () => {
  it('sorts organizations into groups by type and classification', () => {
    assert.equal(groupOf(org(1, 'Gremium', 'Kreistag')), 'council');
    assert.equal(groupOf(org(1, 'Gremium', 'Gemeinderat')), 'council');
    assert.equal(groupOf(org(1, 'Gremium', 'Ausschuss')), 'committees');
    assert.equal(groupOf(org(1, 'Gremium', 'Unterausschuss')), 'committees');
    assert.equal(groupOf(org(1, 'Gremium', 'Beirat')), 'advisory');
    assert.equal(groupOf(org(1, 'Gremium', 'Kommission')), 'otherGremien');
    assert.equal(groupOf(org(1, 'Gremium', null)), 'otherGremien');
    assert.equal(groupOf(org(1, 'externes Gremium', 'Ausschuss')), 'otherGremien');
    assert.equal(groupOf(org(1, 'Fraktion', 'Fraktion')), 'fraktionen');
    assert.equal(groupOf(org(1, 'Partei', null)), 'other');
    assert.equal(groupOf(org(1, 'Verwaltungsbereich', 'Fachdienst')), 'administration');
  });

  it('names the council group after its classification, drops empty groups and nests Verwaltung units, even in a cycle', () => {
    const groups = groupOrganizations([
      org(1, 'Gremium', 'Gemeinderat', 'Rat der Gemeinde'),
      org(2, 'Verwaltungsbereich', 'Fachbereich', 'FB 1'),
      org(3, 'Verwaltungsbereich', 'Fachdienst', 'FD 10', 2),
      org(4, 'Verwaltungsbereich', 'Fachdienst', 'FD 20', 5),
      org(5, 'Verwaltungsbereich', 'Fachdienst', 'FD 30', 4),
    ]);
    assert.deepEqual(
      groups.map((g) => [g.key, g.heading]),
      [
        ['council', 'Gemeinderat'],
        ['administration', 'Verwaltung'],
      ],
    );
    const administration = groups[1]?.entries ?? [];
    assert.deepEqual(
      administration.map((e) => [e.name, e.children.map((c) => c.name)]),
      [
        ['FB 1', ['FD 10']],
        ['FD 20', ['FD 30']],
      ],
    );
  });
});
