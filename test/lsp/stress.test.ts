/**
 * The server under abuse, over the real protocol: hundreds of rapid edits, malformed JSON-RPC,
 * requests about documents it never saw and positions outside the text. It stays up, answers, and
 * publishes diagnostics only for the latest version.
 */
import assert from 'node:assert/strict';
import {
  CodeActionRequest,
  CodeLensRequest,
  CompletionRequest,
  DidChangeTextDocumentNotification,
  HoverRequest,
  InlayHintRequest,
} from 'vscode-languageserver-protocol/node';
import { TIMELINE_REQUEST } from '../../server/src/protocol';
import { ServerProcess, assertServerBuilt } from './client';
import { ORDERS_OUTAGE } from './documents';

describe('the server under abuse', function () {
  let server: ServerProcess;

  beforeEach(async function () {
    assertServerBuilt();
    server = ServerProcess.start();
    await server.initialize({});
  });

  afterEach(async function () {
    await server.kill();
  });

  /** The server still answers: a hover on a document it has. */
  async function stillAnswers(): Promise<void> {
    const uri = 'file:///abuse/postmortem-alive.md';
    await server.openAndWait(uri, ORDERS_OUTAGE);
    const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 8, character: 3 } });
    assert.ok(hover?.contents, 'hover answered');
  }

  it('takes 300 edits as fast as they come and publishes only the last version', async function () {
    const uri = 'file:///abuse/postmortem-typing.md';
    await server.openAndWait(uri, ORDERS_OUTAGE);
    const from = server.diagnostics.length;
    let text = ORDERS_OUTAGE;
    for (let version = 2; version <= 301; version++) {
      text = text.replace('- 3:10 PM', `- 3:1${version % 10} PM`);
      void server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    }
    const last = await server.nextDiagnostics(uri, 301, from);
    assert.deepEqual(
      last.diagnostics.map((diagnostic) => diagnostic.code),
      ['timestamp-malformed'],
    );
    const published = server.diagnostics.slice(from).filter((params) => params.uri === uri).map((params) => params.version!);
    assert.ok(published.every((version, index) => index === 0 || version > published[index - 1]!), `versions go forward: ${published.join(', ')}`);
    assert.ok(published.length < 30, `a burst is linted a few times, not 300: ${published.length}`);
  });

  it('survives malformed JSON-RPC: bad JSON, bad headers, a message of the wrong shape, an unknown method, wrong params', async function () {
    // Each bad message is followed by a request that must be answered on its own, with nothing behind it.
    for (const bad of ['Content-Length: 12\r\n\r\n{not json!!}', 'Content-Length: abc\r\n\r\n', 'Garbage-Header\r\n\r\n', `Content-Length: 30\r\n\r\n${JSON.stringify({ jsonrpc: '1.0', id: 'x' }).padEnd(30)}`]) {
      await server.writeRaw(bad);
      await assert.rejects(server.connection.sendRequest('postmortem/unknown', {}), /Unhandled method postmortem\/unknown/, JSON.stringify(bad));
    }
    // Requests whose params are not what the method takes (sent raw: the client library refuses to).
    for (const params of [null, 42, { textDocument: 'x' }, { textDocument: { uri: 7 }, position: 'top' }]) {
      const body = JSON.stringify({ jsonrpc: '2.0', id: `raw-${JSON.stringify(params)}`, method: 'textDocument/hover', params });
      await server.writeRaw(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    }
    await stillAnswers();
  });

  it('answers requests about documents it never saw, and positions outside the text', async function () {
    const unknown = { uri: 'file:///abuse/never-opened.md' };
    const far = { line: 1_000_000, character: 1_000_000 };
    assert.equal(await server.connection.sendRequest(HoverRequest.type, { textDocument: unknown, position: far }), null);
    assert.deepEqual(await server.connection.sendRequest(CompletionRequest.type, { textDocument: unknown, position: far }), []);
    assert.deepEqual(await server.connection.sendRequest(CodeActionRequest.type, { textDocument: unknown, range: { start: far, end: far }, context: { diagnostics: [] } }), []);
    assert.deepEqual(await server.connection.sendRequest(CodeLensRequest.type, { textDocument: unknown }), []);
    assert.deepEqual(await server.connection.sendRequest(InlayHintRequest.type, { textDocument: unknown, range: { start: far, end: far } }), []);
    assert.equal(await server.connection.sendRequest(TIMELINE_REQUEST, { textDocument: unknown }), null);

    const uri = 'file:///abuse/postmortem-orders.md';
    await server.openAndWait(uri, ORDERS_OUTAGE);
    const document = { uri };
    assert.equal(await server.connection.sendRequest(HoverRequest.type, { textDocument: document, position: far }), null);
    assert.deepEqual(await server.connection.sendRequest(CompletionRequest.type, { textDocument: document, position: far }), []);
    const actions = await server.connection.sendRequest(CodeActionRequest.type, { textDocument: document, range: { start: { line: -5, character: -1 }, end: far }, context: { diagnostics: [] } });
    assert.ok(Array.isArray(actions));
    await server.connection.sendRequest(InlayHintRequest.type, { textDocument: document, range: { start: far, end: { line: 0, character: 0 } } });
    await stillAnswers();
  });
});
