/** The incident library's pieces: the spread of a metric, periods, the index block in a file, and the fields read from the text. */
import assert from 'node:assert/strict';
import { resolveConfig } from '../../server/src/engine/config';
import { indexIsCurrent, IndexMarkersError, withIndex } from '../../server/src/library/index-block';
import { incidentRecord, type IncidentRecord } from '../../server/src/library/record';
import { libraryTotals, spread } from '../../server/src/library/totals';
import { rules } from '../../server/src/rules/registry';

const { config } = resolveConfig(rules, []);

function incident(date: string | null, durationMinutes: number | null): IncidentRecord {
  return { file: `${date}.md`, title: null, date, start: null, end: null, zone: null, durationMinutes, timeToDetectMinutes: null, timeToMitigateMinutes: null, timeToResolveMinutes: null, severity: null, status: null, actionItems: { total: 0, open: 0, withOwner: 0 }, warnings: 0 };
}

describe('the incident library', () => {
  it('takes the median and the nearest-rank 90th percentile over the incidents that give a metric', () => {
    assert.deepEqual(spread([30, null, 10, 20]), { median: 20, p90: 30, known: 3 });
    assert.deepEqual(spread([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100]), { median: 6, p90: 10, known: 11 });
    assert.deepEqual(spread([null]), { median: null, p90: null, known: 0 });
  });

  it('groups by month within a year, by quarter over more, and not at all within one month', () => {
    assert.equal(libraryTotals([incident('2025-01-02', 5), incident('2025-01-30', 7)]).periodKind, null);
    const quarters = libraryTotals([incident('2024-02-01', 10), incident('2024-03-01', 20), incident('2025-04-01', 30), incident(null, 40)]);
    assert.equal(quarters.periodKind, 'quarter');
    assert.deepEqual(quarters.periods.map((period) => [period.period, period.count, period.durationMinutes.median]), [['2024-Q1', 2, 15], ['2025-Q2', 1, 30]]);
    assert.equal(quarters.count, 4);
  });

  it('puts the index between its markers, keeps the file’s line ends, and refuses broken markers', () => {
    const file = '# Incidents\r\n\r\n<!-- postmortem-report:start -->\r\nold\r\n<!-- postmortem-report:end -->\r\nafter\r\n';
    const next = withIndex(file, '| a |\n| --- |');
    assert.equal(next, '# Incidents\r\n\r\n<!-- postmortem-report:start -->\r\n\r\n| a |\r\n| --- |\r\n\r\n<!-- postmortem-report:end -->\r\nafter\r\n');
    assert.ok(indexIsCurrent(next, '| a |\n| --- |'));
    assert.ok(!indexIsCurrent(next, '| b |\n| --- |'));
    assert.ok(!indexIsCurrent(undefined, '| a |'));
    assert.throws(() => withIndex('<!-- postmortem-report:end -->\n', '| a |'), IndexMarkersError);
  });

  it('reads severity and status from labelled lines, and leaves placeholders and unknowns null', () => {
    const text = (head: string) => `# Postmortem: cache outage\n\n${head}\n\n## Issue Summary\n\nThe cache failed.\n\n## Timeline\n\n- 10:00 - Cache errors begin\n- 10:30 - Cache restored\n`;
    const record = (head: string) => incidentRecord('x.md', text(head), config)!;
    assert.deepEqual([record('**Severity:** High  \n**Status:** Closed').severity, record('**Severity:** High  \n**Status:** Closed').status], ['High', 'Closed']);
    assert.deepEqual([record('| Severity | SEV-3 |\n| --- | --- |').severity], ['SEV-3']);
    assert.deepEqual([record('Severity: TBD').severity, record('Severity: [SEV level]').severity, record('').status], [null, null, null]);
    assert.equal(incidentRecord('notes.md', '# Notes\n\nNothing here.\n', config), undefined);
  });
});
