/**
 * The built `postmortem-report` bin on a folder of our own reports whose metrics are known: the
 * numbers (not just their presence), the formats, the index written into a file and checked, and
 * its errors.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { csvParse } from 'd3-dsv';
import type { Library } from '../../server/src/library/formats';

const ROOT = resolve(__dirname, '..', '..');
const BIN = join(ROOT, 'dist', 'report.js');
const LIBRARY = join(ROOT, 'test', 'fixtures', 'library');

function run(args: string[], cwd = ROOT) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// A copy of the fixture folder to write into.
function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'postmortem-report-'));
  cpSync(LIBRARY, dir, { recursive: true });
  return dir;
}

describe('postmortem-report', () => {
  before(() => assert.ok(existsSync(BIN), `${BIN} is missing: run npm run build`));

  it('reports each incident with the metrics its timeline gives, newest first, and the totals', () => {
    const { code, stdout, stderr } = run(['--format', 'json', 'incidents', 'notes.md'], LIBRARY);
    assert.equal(code, 0, stderr);
    assert.equal(stderr, 'postmortem-report: 3 incidents, 1 other Markdown files skipped\n');
    const library = JSON.parse(stdout) as Library;
    const byName = Object.fromEntries(library.incidents.map((incident) => [incident.file.replace(/^.*\//, ''), incident]));
    assert.deepEqual(library.incidents.map((incident) => incident.date), ['2025-03-20', '2025-02-03', '2025-01-14']);
    assert.deepEqual(byName['2025-01-14-search-outage.md'], {
      file: join('incidents', '2025-01-14-search-outage.md'),
      title: 'Postmortem: search outage after the index migration',
      date: '2025-01-14',
      start: '2025-01-14T09:00:00+00:00',
      end: '2025-01-14T09:50:00+00:00',
      zone: 'UTC',
      durationMinutes: 50,
      timeToDetectMinutes: 6,
      timeToMitigateMinutes: 20,
      timeToResolveMinutes: 44,
      severity: 'SEV-2',
      status: 'Resolved',
      actionItems: { total: 3, open: 2, withOwner: 2 },
      warnings: 0,
    });
    // Front matter, a PST timeline (the offset in the instants), and a table of action items.
    const login = byName['2025-02-03-login-errors.md']!;
    assert.deepEqual([login.start, login.end, login.durationMinutes, login.timeToDetectMinutes, login.timeToResolveMinutes], ['2025-02-03T14:00:00-08:00', '2025-02-03T15:35:00-08:00', 95, 15, 80]);
    assert.deepEqual([login.severity, login.status, login.actionItems], ['SEV-1', 'Draft', { total: 2, open: 1, withOwner: 2 }]);
    // No entry says when the outage began: no metric is guessed.
    const queue = byName['2025-03-20-queue-backlog.md']!;
    assert.deepEqual([queue.start, queue.durationMinutes, queue.timeToDetectMinutes, queue.severity], [null, null, null, null]);
    assert.deepEqual(library.totals.durationMinutes, { median: 72.5, p90: 95, known: 2 });
    assert.deepEqual(library.totals.timeToResolveMinutes, { median: 62, p90: 80, known: 2 });
    assert.equal(library.totals.count, 3);
    assert.equal(library.totals.periodKind, 'month');
    assert.deepEqual(library.totals.periods.map((period) => [period.period, period.count]), [['2025-01', 1], ['2025-02', 1], ['2025-03', 1]]);
  });

  it('writes the same rows as CSV, and a Markdown table with the totals', () => {
    const csv = csvParse(run(['--format', 'csv', 'incidents'], LIBRARY).stdout);
    assert.equal(csv.length, 3);
    assert.deepEqual([csv[1]!.file, csv[1]!.durationMinutes, csv[1]!.actionItemsOpen, csv[1]!.severity], [join('incidents', '2025-02-03-login-errors.md'), '95', '1', 'SEV-1']);
    assert.equal(csv[0]!.durationMinutes, '');
    const markdown = run(['incidents'], LIBRARY).stdout;
    assert.match(markdown, /^\| 2025-01-14 \| \[Postmortem: search outage after the index migration\]\(incidents\/2025-01-14-search-outage\.md\) \| 50 min \| 6 min \| 44 min \| SEV-2 \| Resolved \| 2 of 3 \| 0 \|$/m);
    assert.match(markdown, /^\| 3 \| 1 h 13 min \/ 1 h 35 min \(of 2\) \|/m);
  });

  it('keeps the index in a file between its markers, leaves the rest alone, and --check tells a stale one', () => {
    const dir = copy();
    const index = join(dir, 'INDEX.md');
    assert.equal(run(['--check', index, dir]).code, 1, 'the empty index is stale');
    const written = run(['--write', index, dir]);
    assert.equal(written.code, 0, written.stderr);
    const text = readFileSync(index, 'utf8');
    assert.match(text, /^# Our incidents\n\nWritten by hand above the index\.\n\n<!-- postmortem-report:start -->\n\n\| Date \|/);
    assert.match(text, /<!-- postmortem-report:end -->\n\nFooter kept as it is\.\n$/);
    // Links relative to the index file; newest first.
    const rows = text.split('\n').filter((line) => /^\| 20/.test(line));
    assert.deepEqual(rows.map((row) => /\]\(([^)]+)\)/.exec(row)![1]), ['incidents/2025-03-20-queue-backlog.md', 'incidents/2025-02-03-login-errors.md', 'incidents/2025-01-14-search-outage.md']);
    assert.equal(run(['--check', index, dir]).code, 0, 'current after --write');
    assert.equal(run(['--write', index, dir]).stderr, `postmortem-report: ${index}: the index is current\n`);
    // A report changes: the index is stale again, and CI says how to fix it.
    const report = join(dir, 'incidents', '2025-03-20-queue-backlog.md');
    writeFileSync(report, readFileSync(report, 'utf8').replace('# Postmortem: queue backlog', '# Postmortem: order e-mail queue backlog'));
    const stale = run(['--check', index, dir]);
    assert.equal(stale.code, 1);
    assert.match(stale.stderr, /the incident index is out of date; run postmortem-report --write/);
    // A file without the markers gets them at its end; a missing file is created.
    const fresh = join(dir, 'NEW.md');
    assert.equal(run(['--write', fresh, join(dir, 'incidents')]).code, 0);
    assert.match(readFileSync(fresh, 'utf8'), /^<!-- postmortem-report:start -->\n\n\| Date \|[\s\S]*\n<!-- postmortem-report:end -->\n$/);
    assert.deepEqual(readdirSync(dir).filter((name) => name.endsWith('.tmp')), []);
  });

  it('exits 2 with a clear message, and writes nothing, for usage and I/O errors', () => {
    const dir = copy();
    const index = join(dir, 'INDEX.md');
    const before = readFileSync(index, 'utf8');
    writeFileSync(index, `${before.replace('<!-- postmortem-report:end -->\n', '')}`);
    const broken = run(['--write', index, dir]);
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /INDEX\.md: it has <!-- postmortem-report:start --> without <!-- postmortem-report:end --> after it/);
    assert.equal(readFileSync(index, 'utf8'), before.replace('<!-- postmortem-report:end -->\n', ''));
    assert.match(run(['--format', 'xml', dir]).stderr, /unknown format "xml" \(use md, json, csv\)/);
    assert.match(run([join(dir, 'nowhere')]).stderr, /no files match/);
    assert.equal(run([]).code, 2);
    const both = run(['--write', index, '--check', index, dir]);
    assert.equal(both.code, 2);
    assert.doesNotMatch(both.stderr + broken.stderr, /\n\s+at /); // no stack trace
  });
});
