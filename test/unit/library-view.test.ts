/** The Postmortems view's words, without VS Code: label, description, tooltip and icon of each report, on the fixture library. */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { escapeMarkdown, incidentDescription, incidentIcon, incidentLabel, incidentTooltip, openActionsText, readableInstant, type LibraryIncident } from '../../client/src/library/library-text';
import { indexFolders } from '../../server/src/library/worker';
import type { LibraryResult } from '../../server/src/protocol';
import { fixtureLibrary, LIBRARY_FIXTURES } from './fixture-library';

describe('the Postmortems view', () => {
  let library: LibraryResult;
  const byFile = (name: string) => library.incidents.find((incident) => incident.file.endsWith(name))!;

  before(async () => {
    library = await fixtureLibrary();
  });

  it('lists the three reports newest first, by title', () => {
    assert.deepEqual(library.incidents.map(incidentLabel), ['Postmortem: queue backlog', 'Login errors after the session-store upgrade', 'Postmortem: search outage after the index migration']);
  });

  it('describes each by date, duration, time to resolve and open actions, saying only what the report gives', () => {
    assert.deepEqual(library.incidents.map(incidentDescription), [
      '2025-03-20 · 1 open action',
      '2025-02-03 · 1 h 35 min · resolved in 1 h 20 min · 1 open action',
      '2025-01-14 · 50 min · resolved in 44 min · 2 open actions',
    ]);
    const undated: LibraryIncident = { ...byFile('queue-backlog.md'), date: null, actionItems: { total: 0, open: 0, withOwner: 0 } };
    assert.equal(incidentDescription(undated), 'undated');
    assert.equal(openActionsText(0), '');
  });

  it('lists only postmortems, even in a workspace whose own folder is named "postmortems"', async () => {
    const home = mkdtempSync(join(tmpdir(), 'postmortems-'));
    try {
      const folder = join(home, 'incident-reports');
      cpSync(LIBRARY_FIXTURES, folder, { recursive: true });
      const answer = await indexFolders({ folders: [folder], known: {}, stale: [], settings: {} });
      const listed = Object.values(answer.read).flatMap((record) => (record ? [record.file] : []));
      assert.deepEqual(listed.sort(), ['incidents/2025-01-14-search-outage.md', 'incidents/2025-02-03-login-errors.md', 'incidents/2025-03-20-queue-backlog.md']);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('falls back to the file name when a report has no title', () => {
    assert.equal(incidentLabel({ title: null, file: 'incidents/2025-01-14-search-outage.md' }), '2025-01-14-search-outage.md');
    assert.equal(incidentLabel({ title: '  ', file: 'a\\b.md' }), 'b.md');
  });

  it('shows a warning icon only for a report with warnings', () => {
    assert.deepEqual(incidentIcon(byFile('queue-backlog.md')), { id: 'warning', color: 'list.warningForeground' });
    assert.deepEqual(incidentIcon(byFile('login-errors.md')), { id: 'notebook' });
  });

  it('puts every metric, severity, status, action items and warnings in the tooltip', () => {
    const tooltip = incidentTooltip(byFile('login-errors.md'));
    assert.equal(
      tooltip,
      [
        '**Login errors after the session\\-store upgrade**',
        '',
        '2025\\-02\\-03 · SEV\\-1 · Draft',
        '',
        '- Start: 2025\\-02\\-03 14:00 PST',
        '- End: 2025\\-02\\-03 15:35 PST',
        '- Duration: 1 h 35 min',
        '- Time to detect: 15 min',
        '- Time to mitigate: 40 min',
        '- Time to resolve: 1 h 20 min',
        '- Action items: 1 open of 2, 2 with an owner',
        '- Warnings: none',
        '',
        '*incidents/2025\\-02\\-03\\-login\\-errors\\.md*',
      ].join('\n'),
    );
    const backlog = incidentTooltip(byFile('queue-backlog.md'));
    assert.match(backlog, /^- Duration: \*unknown\*$/m);
    assert.match(backlog, /^- Warnings: \$\(warning\) 1 warning$/m);
    assert.match(incidentTooltip({ ...byFile('queue-backlog.md'), warnings: 3 }), /^- Warnings: \$\(warning\) 3 warnings$/m);
  });

  it('escapes document text, so a title cannot be a link, an image or a theme icon', () => {
    const hostile = { ...byFile('login-errors.md'), title: '[click](command:workbench.action.quit) ![x](https://x/y.png) $(bug) <b>' };
    const first = incidentTooltip(hostile).split('\n')[0]!;
    assert.equal(first, '**\\[click\\]\\(command:workbench\\.action\\.quit\\) \\!\\[x\\]\\(https://x/y\\.png\\) \\$\\(bug\\) \\<b\\>**');
    assert.equal(escapeMarkdown('a\nb'), 'a b');
  });

  it('writes instants in the report’s zone, or with their offset', () => {
    assert.equal(readableInstant('2025-02-03T14:00:00-08:00', 'PST'), '2025-02-03 14:00 PST');
    assert.equal(readableInstant('2025-02-03T14:00:00-08:00', null), '2025-02-03 14:00 (UTC-08:00)');
  });
});
