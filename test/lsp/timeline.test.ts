/**
 * The timeline over the real protocol: the `postmortem/timeline` request on our fixtures and the
 * corpus seeds (entries, order, metrics), what it answers for other files and bad requests, and the
 * code lens on the Timeline heading.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CodeLensRequest, DidChangeTextDocumentNotification, type CodeLens } from 'vscode-languageserver-protocol/node';
import { OPEN_PREVIEW_COMMAND, TIMELINE_REQUEST, type TimelineModel } from '../../server/src/protocol';
import { CORPUS_DIR, corpusFiles } from '../corpus';
import { ROOT, ServerProcess, testServers } from './client';
import { ORDERS_OUTAGE } from './documents';

const MULTI_DAY = readFileSync(join(ROOT, 'test', 'fixtures', 'preview', 'multi-day.md'), 'utf8');

describe('the timeline over stdio', function () {
  const servers = testServers('lsp-timeline-');
  const uriOf = servers.uriOf;

  async function openedServer(name: string, text: string, initializationOptions: unknown = { timelinePreview: true }): Promise<{ server: ServerProcess; uri: string }> {
    const server = servers.start();
    await server.initialize({}, initializationOptions);
    const uri = uriOf(name);
    await server.open(uri, text);
    return { server, uri };
  }

  const timeline = (server: ServerProcess, uri: string) => server.connection.sendRequest<TimelineModel | null>(TIMELINE_REQUEST, { textDocument: { uri } });


  it('answers the two-day timeline: entries in order on one axis, days, phases and metrics', async function () {
    const { server, uri } = await openedServer('postmortem-exports.md', MULTI_DAY);
    const model = (await timeline(server, uri))!;
    assert.equal(model.uri, uri);
    assert.equal(model.version, 1);
    assert.deepEqual(
      model.entries.map((entry) => `${entry.day} ${entry.time} +${entry.minutes}`),
      ['2024-03-08 22:30 +0', '2024-03-08 22:40 +10', '2024-03-08 23:10 +40', '2024-03-08 23:35 +65', '2024-03-09 00:20 +110', '2024-03-09 01:05 +155', '2024-03-09 18:45 +1215', '2024-03-09 19:05 +1235'],
    );
    assert.deepEqual(model.metrics, {
      start: { line: 12, time: '22:40', minutes: 10, because: '"start failing"' },
      detected: { line: 13, time: '23:10', minutes: 40, because: '"alert fires"' },
      mitigated: { line: 14, time: '23:35', minutes: 65, because: '"restarts"' },
      resolved: { line: 19, time: '19:05', minutes: 1235, because: '"restored"' },
      timeToDetect: 30,
      timeToMitigate: 55,
      timeToResolve: 1195,
      duration: 1225,
      entryCount: 8,
    });
  });

  it('answers the model of the latest version after an edit', async function () {
    const { server, uri } = await openedServer('postmortem-orders.md', ORDERS_OUTAGE);
    const edited = ORDERS_OUTAGE.replace('- 2:20 PM - Old WAL segments', '- 2:05 PM - Failover attempted.\n- 2:20 PM - Old WAL segments');
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
    const model = (await timeline(server, uri))!;
    assert.equal(model.version, 2);
    assert.deepEqual(
      model.entries.map((entry) => entry.time),
      ['1:00 PM', '1: 55 PM', '2:05 PM', '2:20 PM', '3:10 PM'],
    );
  });

  it('answers null for Markdown that is not a postmortem, an unknown document and a malformed request, and stays up', async function () {
    const { server, uri } = await openedServer('README.md', '# Project\n\nSome text\n\n## Install\n');
    assert.equal(await timeline(server, uri), null);
    assert.equal(await timeline(server, uriOf('never-opened.md')), null);
    assert.equal(await server.connection.sendRequest(TIMELINE_REQUEST, { textDocument: 42 }), null);
    assert.equal(await server.connection.sendRequest(TIMELINE_REQUEST, null), null);
    assert.equal(await timeline(server, uri), null, 'still answering');
  });

  it('puts a code lens on the Timeline heading with the outage length and time to resolve, opening the preview', async function () {
    const { server, uri } = await openedServer('postmortem-exports.md', MULTI_DAY);
    const lenses: CodeLens[] | null = await server.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
    assert.deepEqual(lenses, [
      {
        range: { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } },
        command: { title: 'Outage 20 hours 25 minutes · resolved 19 hours 55 minutes after detection · Open Timeline Preview', command: OPEN_PREVIEW_COMMAND, arguments: [uri] },
      },
    ]);
    const readme = uriOf('README.md');
    await server.open(readme, '# Project\n\n## Install\n');
    assert.deepEqual(await server.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: readme } }), []);
  });

  it('offers no code lens to a client without the preview command (Neovim, Helix…)', async function () {
    const { server, uri } = await openedServer('postmortem-exports.md', MULTI_DAY, {});
    assert.deepEqual(await server.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } }), []);
  });

  it('reads the seeds of the shared corpus: every timed entry is on the axis or listed with a reason', async function () {
    if (!CORPUS_DIR) this.skip();
    const { server } = await openedServer('postmortem-empty.md', '');
    for (const file of corpusFiles().filter((path) => path.includes('/seeds/'))) {
      const uri = uriOf(`postmortem-${basename(file)}`);
      await server.open(uri, readFileSync(file, 'utf8'));
      const model = (await timeline(server, uri))!;
      assert.ok(model.entries.length > 0, file);
      assert.equal(model.entries.length + model.unplaced.length, model.metrics.entryCount, file);
      for (let index = 1; index < model.entries.length; index++) assert.ok(model.entries[index]!.minutes >= model.entries[index - 1]!.minutes, `${file}: sorted by time`);
      for (const entry of model.unplaced) assert.ok(entry.reason.length > 0, `${file}: line ${entry.line} has a reason`);
    }
  });
});
