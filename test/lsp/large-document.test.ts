/**
 * A 1 MB postmortem over the real protocol: it is linted off the main thread, so the server keeps
 * answering other requests meanwhile; a newer version cancels the older one's lint; the diagnostics
 * and the fixes are those of the latest version. Order of events is checked, never durations.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeActionRequest, CompletionRequest, DidChangeTextDocumentNotification, HoverRequest, type CodeAction } from 'vscode-languageserver-protocol/node';
import { TIMELINE_REQUEST, type TimelineModel } from '../../server/src/protocol';
import { ServerProcess, assertServerBuilt, freshTestDirectory } from './client';
import { ORDERS_OUTAGE } from './documents';

/** A postmortem of about 1 MB: 10,000 timeline entries, one malformed time on its last entry. */
function largePostmortem(entries = 10_000): string {
  const lines = ['# Batch pipeline outage', '', '## Issue Summary', '', 'From 00:00 to 23:59 UTC, 12% of batch jobs failed. The root cause was a leaking worker pool.', '', '## Timeline (UTC)', ''];
  for (let index = 0; index < entries; index++) {
    const minute = Math.floor((index * 1439) / entries);
    const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
    const what = index === 0 ? 'The queue-depth alert fires and pages the on-call.' : index === 1 ? 'Escalated to the platform team.' : index === entries - 1 ? 'Service restored.' : `Worker ${index} reported queue depth ${index * 7} and retried its batch once more after a short back-off.`;
    lines.push(`- ${index === entries - 1 ? '23: 59' : time} - ${what}`);
  }
  lines.push('', '## Root Cause', '', 'A leak.', '', '## Resolution', '', 'Restarted the pool.', '', '## Corrective and Preventative Measures', '', '- Fix the leak.', '');
  return lines.join('\n');
}

describe('a 1 MB postmortem over stdio', function () {
  let directory: string;
  let server: ServerProcess | undefined;
  const uriOf = (name: string) => pathToFileURL(join(directory, name)).href;

  before(function () {
    assertServerBuilt();
    directory = freshTestDirectory('lsp-large-');
  });

  after(function () {
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  afterEach(async function () {
    await server?.kill();
    server = undefined;
  });

  it('keeps answering hover and completion on other documents while it lints', async function () {
    server = ServerProcess.start();
    await server.initialize({});
    const big = uriOf('postmortem-batch.md');
    const small = uriOf('postmortem-orders.md');
    await server.open(small, ORDERS_OUTAGE);
    await server.nextDiagnostics(small, 1);
    const text = largePostmortem();
    assert.ok(text.length > 1_000_000, `${text.length} characters`);
    const events: string[] = [];
    const published = server.nextDiagnostics(big, 1).then((params) => {
      events.push('big diagnostics');
      return params;
    });
    await server.open(big, text);
    // A request that needs the big document's lint, so that lint is under way before the others are asked.
    const timeline = server.connection.sendRequest<TimelineModel | null>(TIMELINE_REQUEST, { textDocument: { uri: big } }).then((model) => {
      events.push('big timeline');
      return model;
    });
    const hover = server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: small }, position: { line: 8, character: 3 } }).then((result) => {
      events.push('hover');
      return result;
    });
    const completion = server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: big }, position: { line: 9, character: 5 } }).then((result) => {
      events.push('completion');
      return result;
    });
    assert.ok((await hover)?.contents, 'the hover on the small document answered');
    assert.deepEqual(await completion, [], 'completion on a prose line of the big document answered at once');
    const diagnostics = (await published).diagnostics;
    assert.equal((await timeline)?.entries.length, 10_000);
    assert.deepEqual(events.slice(0, 2), ['hover', 'completion'], `answered while the big document was linted: ${events.join(', ')}`);
    assert.deepEqual(
      diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line]),
      [['timestamp-malformed', 10_007]],
    );
    // The fix is rebuilt on the main thread from the worker's model.
    const actions = (await server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: big }, range: diagnostics[0]!.range, context: { diagnostics } })) as CodeAction[];
    const quickFix = actions.find((action) => action.kind === 'quickfix');
    assert.equal(quickFix?.title, 'Write "23:59"');
  });

  it('lints one large document after another: the worker kept warm answers the second', async function () {
    server = ServerProcess.start();
    await server.initialize({});
    for (const name of ['postmortem-first.md', 'postmortem-second.md', 'postmortem-third.md']) {
      const uri = uriOf(name);
      const diagnostics = await server.openAndWait(uri, largePostmortem(1_000));
      assert.ok(diagnostics.diagnostics.some((diagnostic) => diagnostic.code === 'timestamp-malformed'), name);
    }
  });

  it('cancels the lint of an older version: a request made for it is answered from the newer one', async function () {
    server = ServerProcess.start();
    await server.initialize({});
    const uri = uriOf('postmortem-batch.md');
    const text = largePostmortem();
    await server.open(uri, text);
    const forOld = server.connection.sendRequest<TimelineModel | null>(TIMELINE_REQUEST, { textDocument: { uri } });
    const edited = text.replace('- 23: 59 -', '- 23:59 -');
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
    const model = await forOld;
    assert.equal(model?.version, 2);
    assert.equal(model?.entries.length, 10_000);
    const published = await server.nextDiagnostics(uri, 2);
    assert.deepEqual(published.diagnostics, []);
    assert.ok(!server.diagnostics.some((params) => params.uri === uri && params.version === 1), 'nothing published for the old version');
  });
});
