/**
 * `postmortem/library` over the real protocol: the workspace's postmortems with the metrics the CLI
 * reports, read again only where a file changed.
 */
import assert from 'node:assert/strict';
import { cpSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType, InitializedNotification, InitializeRequest } from 'vscode-languageserver-protocol/node';
import { LIBRARY_REQUEST, type LibraryResult } from '../../server/src/protocol';
import { ROOT, testServers } from './client';

describe('postmortem/library over stdio', function () {
  const servers = testServers('lsp-library-');

  async function started() {
    const workspace = join(servers.directory, `workspace-${Date.now()}`);
    cpSync(join(ROOT, 'test', 'fixtures', 'library'), workspace, { recursive: true });
    const server = servers.start();
    await server.connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'incidents' }] });
    await server.connection.sendNotification(InitializedNotification.type, {});
    const library = () => server.connection.sendRequest<LibraryResult>(LIBRARY_REQUEST);
    return { server, workspace, library };
  }

  it('answers the workspace’s incidents, newest first, with their metrics and the URI to open each by', async function () {
    const { workspace, library } = await started();
    const result = await library();
    assert.deepEqual(result.incidents.map((incident) => incident.file), ['incidents/2025-03-20-queue-backlog.md', 'incidents/2025-02-03-login-errors.md', 'incidents/2025-01-14-search-outage.md']);
    const search = result.incidents[2]!;
    assert.equal(search.uri, pathToFileURL(join(workspace, 'incidents', '2025-01-14-search-outage.md')).href);
    assert.deepEqual([search.durationMinutes, search.timeToDetectMinutes, search.timeToResolveMinutes, search.actionItems.open], [50, 6, 44, 2]);
    assert.deepEqual(result.totals.durationMinutes, { median: 72.5, p90: 95, known: 2 });
    assert.deepEqual(result.failed, []);
  });

  it('reads again only the files that changed: those reported, and those whose time on disk moved', async function () {
    const { server, workspace, library } = await started();
    const login = join(workspace, 'incidents', '2025-02-03-login-errors.md');
    const then = new Date('2025-02-04T10:00:00Z'); // a whole second, which a file system keeps exactly
    utimesSync(login, then, then);
    await library();
    const queue = join(workspace, 'incidents', '2025-03-20-queue-backlog.md');
    // Changed and reported: read again.
    writeFileSync(queue, readFileSync(queue, 'utf8').replace('# Postmortem: queue backlog', '# Postmortem: e-mail queue backlog'));
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(queue).href, type: FileChangeType.Changed }] });
    // Changed behind the index's back, with its old time on disk: not read again, so not seen.
    writeFileSync(login, readFileSync(login, 'utf8').replace('# Login errors after the session-store upgrade', '# Renamed'));
    utimesSync(login, then, then);
    // A new report appears.
    writeFileSync(join(workspace, 'incidents', '2025-04-01-dns.md'), readFileSync(queue, 'utf8').replace('e-mail queue backlog', 'DNS failure').replace('March 20', 'April 1'));
    const titles = (await library()).incidents.map((incident) => incident.title);
    assert.deepEqual(titles, ['Postmortem: DNS failure', 'Postmortem: e-mail queue backlog', 'Login errors after the session-store upgrade', 'Postmortem: search outage after the index migration']);
  });
});
