/**
 * `postmortem/importTimeline` over the real protocol: records merged into a postmortem's timeline,
 * inserted at a position (a paste), the author setting, and clear errors for what cannot be read.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CodeActionRequest, type CodeAction } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { IMPORT_TIMELINE_REQUEST, type ImportTimelineParams, type ImportTimelineResult } from '../../server/src/protocol';
import { ROOT, testServers } from './client';

const IRC = readFileSync(join(ROOT, 'test', 'fixtures', 'import', 'irc.log'), 'utf8');
const REPORT = [
  '# Checkout outage',
  '',
  '## Issue Summary',
  '',
  'From 3:38 AM to 4:05 AM UTC, checkout failed for 40% of customers.',
  '',
  '## Timeline (all times UTC)',
  '',
  '- 3:30 AM - Config push lowers the proxy pool size.',
  '- 4:10 AM - Incident closed.',
  '',
].join('\n');

function applied(text: string, result: ImportTimelineResult): string {
  const document = TextDocument.create('file:///x.md', 'markdown', 1, text);
  return TextDocument.applyEdits(document, result.edit.documentChanges[0]!.edits);
}

describe('postmortem/importTimeline over stdio', function () {
  const servers = testServers('lsp-import-');

  async function opened(text: string, settings: unknown = {}) {
    const server = servers.start();
    server.settings = settings;
    await server.initialize({ workspace: { configuration: true } });
    const uri = servers.uriOf('postmortem-checkout.md');
    await server.open(uri, text);
    const request = (params: Omit<ImportTimelineParams, 'textDocument'>) => server.connection.sendRequest<ImportTimelineResult | null>(IMPORT_TIMELINE_REQUEST, { textDocument: { uri }, ...params });
    return { server, uri, request };
  }

  it('merges the records into the timeline in order, on its clock, as a versioned edit', async function () {
    const { uri, request } = await opened(REPORT);
    const result = (await request({ text: IRC }))!;
    assert.equal(result.added, 4);
    assert.deepEqual(result.edit.documentChanges[0]!.textDocument, { uri, version: 1 });
    assert.deepEqual(result.skipped, [{ line: 3, reason: 'a join, a leave or a channel change' }]);
    const timeline = applied(REPORT, result).split('## Timeline (all times UTC)\n\n')[1]!.trim().split('\n');
    assert.deepEqual(timeline, [
      '- 3:30 AM - Config push lowers the proxy pool size.',
      '- 3:38 AM - amina: Checkout is returning 502s for everyone',
      '- 3:39 AM - kofi looks at the proxy dashboards',
      '- 3:41 AM - kofi: The config push lowered the pool size',
      '- 3:53 AM - amina: Rolled back; error rate back to baseline',
      '- 4:10 AM - Incident closed.',
    ]);
  });

  it('inserts the entries at a position, with names as postmortem.import.authors asks', async function () {
    const { request } = await opened(REPORT.replace('- 4:10 AM - Incident closed.\n', ''), { import: { authors: 'drop' } });
    const result = (await request({ text: IRC, position: { line: 9, character: 0 } }))!;
    assert.equal(result.added, 4);
    const edit = result.edit.documentChanges[0]!.edits[0]!;
    assert.deepEqual(edit.range.start, { line: 9, character: 0 });
    assert.equal(edit.newText.split('\n')[0], '- 3:38 AM - Checkout is returning 502s for everyone');
  });

  it('answers null to a paste outside the timeline, or into Markdown that is no postmortem', async function () {
    const { request } = await opened(REPORT);
    assert.equal(await request({ text: IRC, position: { line: 4, character: 0 }, onlyInTimeline: true }), null);
    assert.equal((await request({ text: IRC, position: { line: 9, character: 0 }, onlyInTimeline: true }))?.added, 4);
    // On the blank line after the last entry, still inside the timeline.
    assert.equal((await request({ text: IRC, position: { line: 10, character: 0 }, onlyInTimeline: true }))?.added, 4);
  });

  it('answers an error that says why, and no edit, for records it cannot read', async function () {
    const { request } = await opened(REPORT);
    await assert.rejects(request({ text: 'nothing here\nat all\n' }), /The records cannot be imported: it is not a format the importer knows/);
    await assert.rejects(request({ text: IRC, from: 'fax' }), /"fax" is not a format the importer reads/);
    await assert.rejects(request({ text: '[1, 2', from: 'slack-json' }), /the JSON cannot be read/);
  });

  it('offers, on records pasted as they were into the timeline, a refactor that turns them into entries', async function () {
    const SLACK = readFileSync(join(ROOT, 'test', 'fixtures', 'import', 'slack-copied.txt'), 'utf8');
    const pasted = REPORT.replace('- 4:10 AM - Incident closed.\n', `${SLACK}- 4:10 AM - Incident closed.\n`);
    const { server, uri } = await opened(pasted);
    const first = 9;
    const last = first + SLACK.split('\n').length - 2;
    const ask = (start: number, end: number) =>
      server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: { line: start, character: 0 }, end: { line: end, character: 3 } }, context: { diagnostics: [], only: ['refactor'] } }) as Promise<CodeAction[]>;
    const [action] = (await ask(first, last)).filter((candidate) => candidate.title === 'Turn the pasted records into timeline entries');
    assert.ok(action?.edit, 'the refactor is offered on the pasted lines');
    const after = applied(pasted, { edit: action.edit as ImportTimelineResult['edit'], added: 0, skipped: [] });
    const timeline = after.split('## Timeline (all times UTC)\n\n')[1]!.trim().split('\n');
    assert.ok(timeline.length > 2 && timeline.every((line) => /^- \d{1,2}:\d\d [AP]M - /.test(line)), timeline.join('\n'));
    assert.equal(timeline[0], '- 3:30 AM - Config push lowers the proxy pool size.');
    assert.equal(timeline.at(-1), '- 4:10 AM - Incident closed.');
    // Not on the report's own entries, nor outside the timeline.
    assert.deepEqual((await ask(8, 8)).filter((candidate) => candidate.title.startsWith('Turn the pasted')), []);
    assert.deepEqual((await ask(2, 4)).filter((candidate) => candidate.title.startsWith('Turn the pasted')), []);
  });
});
