/**
 * `.postmortemrc.json` problems in the editor: one error diagnostic on the rc file itself (no popup),
 * the postmortems linted with the defaults meanwhile, and all of it redone when the file changes:
 * at once on `workspace/didChangeWatchedFiles`, or on the next lint for a client that sends none.
 */
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DiagnosticSeverity,
  FileChangeType,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { ROOT, ServerProcess, testServers } from './client';
import { ORDERS_OUTAGE } from './documents';

// One problem for the default config: "1: 55 PM" (line 9) is malformed.
const POSTMORTEM = ORDERS_OUTAGE;

// A comma is missing at the end of line 2 (0-based), so the error is on line 3, at "timeline-order".
const BROKEN_RC = ['{', '  "rules": {', '    "timestamp-malformed": "error"', '    "timeline-order": "off"', '  }', '}', ''].join('\n');
const STRICT_RC = ['{', '  // errors block the merge', '  "rules": { "timestamp-malformed": "error", },', '}', ''].join('\n');
const CONFIG_PAGE = pathToFileURL(resolve(ROOT, 'docs', 'rules', 'config.md')).href;

describe('.postmortemrc.json diagnostics', function () {
  const servers = testServers('lsp-rc-');
  let folder = 0;

  /** A new folder holding `.postmortemrc.json` with `rc`; its URIs for the rc file and a postmortem in it. */
  function project(rc: string): { rcPath: string; rcUri: string; docUri: string; otherUri: string } {
    const dir = join(servers.directory, `project-${++folder}`);
    mkdirSync(dir, { recursive: true });
    const rcPath = join(dir, '.postmortemrc.json');
    writeFileSync(rcPath, rc);
    const uri = (name: string) => pathToFileURL(join(dir, name)).href;
    return { rcPath, rcUri: uri('.postmortemrc.json'), docUri: uri('postmortem-orders.md'), otherUri: uri('postmortem-billing.md') };
  }

  async function initializedServer(): Promise<ServerProcess> {
    const server = servers.start();
    await server.initialize({});
    return server;
  }

  /** The diagnostics published for `uri` from index `from` on. */
  function publishedFor(server: ServerProcess, uri: string, from = 0): PublishDiagnosticsParams[] {
    return server.diagnostics.slice(from).filter((params) => params.uri === uri);
  }

  function nextFor(server: ServerProcess, uri: string, from: number): Promise<PublishDiagnosticsParams> {
    return server.waitFor(() => publishedFor(server, uri, from)[0], `diagnostics for ${uri}`);
  }

  async function watchedFileChanged(server: ServerProcess, uri: string, type: FileChangeType): Promise<void> {
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type }] });
  }

  const severities = (params: PublishDiagnosticsParams) => params.diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.severity}`);


  it('marks a broken rc file once, at the line where it breaks, and lints with the defaults', async function () {
    const { rcUri, docUri, otherUri } = project(BROKEN_RC);
    const server = await initializedServer();
    const published = await server.openAndWait(docUri, POSTMORTEM, 1);
    assert.deepEqual(severities(published), [`timestamp-malformed ${DiagnosticSeverity.Warning}`], 'the default severity: the file is ignored');

    const [rc, ...more] = publishedFor(server, rcUri);
    assert.deepEqual(rc, {
      uri: rcUri,
      diagnostics: [
        {
          range: { start: { line: 3, character: 4 }, end: { line: 3, character: 20 } },
          severity: DiagnosticSeverity.Error,
          source: 'postmortem',
          code: 'config',
          codeDescription: { href: CONFIG_PAGE },
          message: 'not valid JSON: a comma is expected; the file is ignored until this is fixed',
        },
      ],
    });
    assert.deepEqual(more, []);

    // A second postmortem under the same rc file does not publish the rc file's diagnostics again.
    await server.openAndWait(otherUri, POSTMORTEM, 1);
    assert.equal(publishedFor(server, rcUri).length, 1);
    assert.deepEqual(server.shownMessages, [], 'the diagnostic replaces the popup');
  });

  it('clears the rc diagnostic and lints with the fixed file on didChangeWatchedFiles', async function () {
    const { rcPath, rcUri, docUri } = project(BROKEN_RC);
    const server = await initializedServer();
    await server.openAndWait(docUri, POSTMORTEM, 1);
    assert.equal(publishedFor(server, rcUri)[0]?.diagnostics.length, 1);

    writeFileSync(rcPath, STRICT_RC);
    const from = server.diagnostics.length;
    await watchedFileChanged(server, rcUri, FileChangeType.Changed);
    assert.deepEqual((await nextFor(server, rcUri, from)).diagnostics, []);
    const relinted = await server.nextDiagnostics(docUri, 1, from);
    assert.deepEqual(severities(relinted), [`timestamp-malformed ${DiagnosticSeverity.Error}`], 'the new setting applies');
  });

  it('marks a bad value at its key, keeps the rest of the file, and clears when the rc file is deleted', async function () {
    const { rcPath, rcUri, docUri } = project('{\n  "rules": { "timestamp-malformed": "error", "timline-order": "off" }\n}\n');
    const server = await initializedServer();
    const published = await server.openAndWait(docUri, POSTMORTEM, 1);
    assert.deepEqual(severities(published), [`timestamp-malformed ${DiagnosticSeverity.Error}`]);
    const [rc] = publishedFor(server, rcUri);
    assert.deepEqual(
      rc?.diagnostics.map(({ range, message }) => ({ range, message })),
      [{ range: { start: { line: 1, character: 45 }, end: { line: 1, character: 67 } }, message: 'unknown rule "timline-order" (did you mean "timeline-order"?)' }],
    );

    rmSync(rcPath);
    const from = server.diagnostics.length;
    await watchedFileChanged(server, rcUri, FileChangeType.Deleted);
    assert.deepEqual((await nextFor(server, rcUri, from)).diagnostics, []);
    const relinted = await server.nextDiagnostics(docUri, 1, from);
    assert.deepEqual(severities(relinted), [`timestamp-malformed ${DiagnosticSeverity.Warning}`], 'back to the defaults');
  });

  it('picks up a fixed rc file on the next edit when the client sends no file events', async function () {
    const { rcPath, rcUri, docUri } = project(BROKEN_RC);
    const server = await initializedServer();
    await server.openAndWait(docUri, POSTMORTEM, 1);

    writeFileSync(rcPath, STRICT_RC);
    const from = server.diagnostics.length;
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: docUri, version: 2 },
      contentChanges: [{ text: `${POSTMORTEM}\n` }],
    });
    const relinted = await server.nextDiagnostics(docUri, 2, from);
    assert.deepEqual(severities(relinted), [`timestamp-malformed ${DiagnosticSeverity.Error}`]);
    assert.deepEqual(publishedFor(server, rcUri, from).map((params) => params.diagnostics), [[]]);
  });
});
