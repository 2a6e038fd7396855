/**
 * The LSP tier: the real built server (`node dist/server.js --stdio`) over real JSON-RPC. Every test
 * starts its own server, waits on what the server sends (never on the clock), and kills it afterwards.
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  CompletionRequest,
  CompletionTriggerKind,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DiagnosticSeverity,
  MessageType,
  TextDocumentEdit,
  type ClientCapabilities,
  type CompletionItem,
  type Diagnostic,
  type Position,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ROOT, ServerProcess, testServers } from './client';
import { ORDERS_OUTAGE, ORDERS_OUTAGE_LINES } from './documents';

// A postmortem with exactly one problem: "1: 55 PM" (line 9, characters 2-10).
const POSTMORTEM_LINES = ORDERS_OUTAGE_LINES;
const POSTMORTEM = ORDERS_OUTAGE;
const MALFORMED_RANGE = { start: { line: 9, character: 2 }, end: { line: 9, character: 10 } };
const FIXED_POSTMORTEM = POSTMORTEM.replace('1: 55 PM', '1:55 PM');

// Not a postmortem: no postmortem words in its path, no front matter, no two known section headings.
const README = '# Project\n\nSome text\n\n## Install\n';

const RULE_PAGE = pathToFileURL(resolve(ROOT, 'docs', 'rules', 'timestamp-malformed.md')).href;

/** The diagnostic the server gives for "1: 55 PM" in POSTMORTEM at the given severity. */
function spaceInTimeDiagnostic(severity: DiagnosticSeverity = DiagnosticSeverity.Warning): Diagnostic {
  return {
    range: MALFORMED_RANGE,
    severity,
    source: 'postmortem',
    code: 'timestamp-malformed',
    codeDescription: { href: RULE_PAGE },
    message: '"1: 55 PM" is not a well-formed time: there is a space inside the time; did you mean "1:55 PM"?',
  };
}

describe('language server over stdio', function () {
  const servers = testServers('lsp-tier-');

  /** A file:// URI for `name` inside this run's fresh temporary directory. */
  const uriOf = servers.uriOf;

  /** Starts a server that the afterEach hook will kill. */
  function startServer(): ServerProcess {
    const server = servers.start();
    return server;
  }

  /** Starts a server and completes the initialize handshake. */
  async function initializedServer(capabilities: ClientCapabilities = {}, initializationOptions?: unknown): Promise<ServerProcess> {
    const server = startServer();
    await server.initialize(capabilities, initializationOptions);
    return server;
  }

  async function complete(server: ServerProcess, uri: string, position: Position, triggerCharacter?: string): Promise<CompletionItem[]> {
    const result = await server.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position,
      context:
        triggerCharacter === undefined
          ? { triggerKind: CompletionTriggerKind.Invoked }
          : { triggerKind: CompletionTriggerKind.TriggerCharacter, triggerCharacter },
    });
    assert.ok(Array.isArray(result), `completion should answer a list of items, got ${JSON.stringify(result)}`);
    return result;
  }

  async function changeDocument(server: ServerProcess, uri: string, version: number, text: string): Promise<void> {
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
  }


  it('initializes without options or configuration support, and shuts down cleanly', async function () {
    const server = startServer();
    const result = await server.initialize({});
    assert.deepEqual(result.capabilities.textDocumentSync, { openClose: true, change: 1 });
    assert.deepEqual(result.capabilities.completionProvider, { triggerCharacters: ['#', ' '] });
    assert.deepEqual(result.capabilities.codeActionProvider, {
      codeActionKinds: ['quickfix', 'source.fixAll.postmortem', 'source.normalizeTimestamps.postmortem', 'refactor.rewrite', 'refactor.rewrite.normalizeTimestamps.postmortem'],
      resolveProvider: true,
    });
    assert.deepEqual(result.serverInfo, { name: 'postmortem-language-server' });

    const { shutdownResult, exit } = await server.shutdown();
    assert.equal(shutdownResult, null);
    assert.deepEqual(exit, { code: 0, signal: null });
    assert.equal(server.stderr, '');
    assert.deepEqual(
      server.logMessages.filter((message) => message.type === MessageType.Error),
      [],
    );
  });

  it('publishes a versioned timestamp-malformed diagnostic on the malformed time itself', async function () {
    const server = await initializedServer();
    const uri = uriOf('postmortem-orders.md');
    const published = await server.openAndWait(uri, POSTMORTEM, 7);

    assert.equal(published.version, 7);
    assert.deepEqual(published.diagnostics, [spaceInTimeDiagnostic()]);
    const [diagnostic] = published.diagnostics;
    assert.ok(diagnostic?.codeDescription?.href.endsWith('/docs/rules/timestamp-malformed.md'));
    const document = TextDocument.create(uri, 'markdown', 7, POSTMORTEM);
    assert.equal(document.getText(diagnostic.range), '1: 55 PM');
  });

  it('offers a quick fix whose versioned edit writes "1:55 PM"', async function () {
    const server = await initializedServer();
    const uri = uriOf('postmortem-orders.md');
    const { diagnostics } = await server.openAndWait(uri, POSTMORTEM, 3);
    const diagnostic = diagnostics.find((candidate) => candidate.code === 'timestamp-malformed');
    assert.ok(diagnostic, 'a timestamp-malformed diagnostic');

    const actions = await server.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    // Beside the quick fix, the whole-file actions: normalising (a refactor on a timeline line) and fix-all.
    assert.deepEqual(
      actions?.map((action) => ('kind' in action ? action.kind : undefined)),
      ['quickfix', 'refactor.rewrite.normalizeTimestamps.postmortem', 'source.fixAll.postmortem'],
    );
    const quickFixes = actions?.filter((action) => 'kind' in action && action.kind === 'quickfix');
    assert.deepEqual(quickFixes, [
      {
        title: 'Write "1:55 PM"',
        kind: 'quickfix',
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { documentChanges: [{ textDocument: { uri, version: 3 }, edits: [{ range: MALFORMED_RANGE, newText: '1:55 PM' }] }] },
      },
    ]);

    const change = quickFixes?.[0] && 'edit' in quickFixes[0] ? quickFixes[0].edit?.documentChanges?.[0] : undefined;
    assert.ok(change && TextDocumentEdit.is(change), 'the edit is a TextDocumentEdit');
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 3, POSTMORTEM), change.edits);
    assert.equal(fixed, FIXED_POSTMORTEM);
    assert.ok(fixed.split('\n')[9]!.startsWith('- 1:55 PM - '));
  });

  it('publishes for the new version after a fixing didChange', async function () {
    const server = await initializedServer();
    const uri = uriOf('postmortem-orders.md');
    const opened = await server.openAndWait(uri, POSTMORTEM, 1);
    assert.deepEqual(opened.diagnostics, [spaceInTimeDiagnostic()]);

    const from = server.diagnostics.length;
    await changeDocument(server, uri, 2, FIXED_POSTMORTEM);
    const changed = await server.nextDiagnostics(uri, 2, from);
    assert.deepEqual(changed.diagnostics, []);
  });

  it('after a burst of edits, publishes the latest version and never goes back to an older one', async function () {
    const server = await initializedServer();
    const uri = uriOf('postmortem-orders.md');
    await server.openAndWait(uri, POSTMORTEM, 1);

    // Versions 2..11 alternate between the malformed and the fixed text; the last writes "1:55 P M".
    const finalVersion = 11;
    const finalText = POSTMORTEM.replace('1: 55 PM', '1:55 P M');
    for (let version = 2; version <= finalVersion; version++) {
      await changeDocument(server, uri, version, version === finalVersion ? finalText : version % 2 === 0 ? FIXED_POSTMORTEM : POSTMORTEM);
    }
    const last = await server.nextDiagnostics(uri, finalVersion);
    // A request's answer after the final publish: anything still queued before it has arrived too.
    await complete(server, uri, { line: 0, character: 0 });

    const versions = server.diagnostics.filter((params) => params.uri === uri).map((params) => params.version);
    assert.deepEqual(
      versions,
      [...versions].sort((a, b) => (a ?? 0) - (b ?? 0)),
      `published versions must never go backwards: ${versions.join(', ')}`,
    );
    assert.equal(versions.at(-1), finalVersion);
    assert.deepEqual(last.diagnostics, [
      {
        ...spaceInTimeDiagnostic(),
        range: { start: { line: 9, character: 2 }, end: { line: 9, character: 10 } },
        message: '"1:55 P M" is not a well-formed time: there is a space inside "P M": write "PM" or "p.m."; did you mean "1:55 PM"?',
      },
    ]);
  });

  it('publishes an empty list for a Markdown file that is not a postmortem', async function () {
    const server = await initializedServer();
    const uri = uriOf('README.md');
    const published = await server.openAndWait(uri, README, 1);
    assert.deepEqual(published, { uri, version: 1, diagnostics: [] });
  });

  describe('heading completion', function () {
    // Lacks Root Cause; line 10 is a bare "## " heading being typed, line 4 ends in prose.
    const PARTIAL = [
      '# Cache stampede',
      '',
      '## Issue Summary',
      '',
      'Some text ',
      '',
      '## Timeline (UTC)',
      '',
      '- 09:00 - The cache cluster restarts.',
      '',
      '## ',
      '',
      '## Resolution',
      '',
      'We warmed the cache before sending traffic back.',
      '',
      '## Corrective and Preventative Measures',
      '',
      '- Warm caches before a restart.',
      '',
    ].join('\n');

    it('completes the missing sections on a "## " line: the required ones first, then the optional, in conventional order', async function () {
      const server = await initializedServer();
      const uri = uriOf('postmortem-cache.md');
      await server.openAndWait(uri, PARTIAL, 1);

      const position = { line: 10, character: 3 };
      const items = await complete(server, uri, position, ' ');
      const labels = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')).map((item) => item.label);
      assert.deepEqual(labels, ['## Root Cause', '## Impact', '## Detection', '## Trigger', '## Lessons Learned']);
      for (const present of ['## Issue Summary', '## Timeline', '## Resolution', '## Corrective and Preventative Measures', '## Root Cause and Resolution']) {
        assert.ok(!labels.includes(present), `"${present}" is already covered and must not be offered`);
      }
      const rootCause = items.find((item) => item.label === '## Root Cause');
      assert.deepEqual(rootCause?.textEdit, { range: { start: { line: 10, character: 0 }, end: position }, newText: '## Root Cause\n\n$0' });
    });

    it('offers nothing in a Markdown file that is not a postmortem', async function () {
      const server = await initializedServer();
      const uri = uriOf('README.md');
      const text = `${README}\n## `;
      await server.openAndWait(uri, text, 1);
      assert.deepEqual(await complete(server, uri, { line: 6, character: 3 }, ' '), []);
    });

    it('offers nothing on a prose line', async function () {
      const server = await initializedServer();
      const uri = uriOf('postmortem-cache.md');
      await server.openAndWait(uri, PARTIAL, 1);
      assert.deepEqual(await complete(server, uri, { line: 4, character: 10 }, ' '), []);
    });
  });

  describe('settings', function () {
    const PULL = { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } } satisfies ClientCapabilities;

    it('pulls settings with workspace/configuration: "off" silences the rule', async function () {
      const server = startServer();
      server.settings = { rules: { 'timestamp-malformed': 'off' } };
      await server.initialize(PULL);
      const uri = uriOf('postmortem-orders.md');
      const published = await server.openAndWait(uri, POSTMORTEM, 1);
      assert.deepEqual(published.diagnostics, []);
      assert.deepEqual(server.configurationRequests[0]?.items, [{ scopeUri: uri, section: 'postmortem' }]);
      assert.deepEqual(
        server.registrations.map(({ method, registerOptions }) => ({ method, registerOptions })),
        [{ method: 'workspace/didChangeConfiguration', registerOptions: { section: 'postmortem' } }],
      );
    });

    it('does not register dynamically with a client that does not support dynamic registration', async function () {
      // Neovim, for one, declares workspace.configuration without didChangeConfiguration.dynamicRegistration.
      const server = startServer();
      server.settings = { rules: { 'timestamp-malformed': 'error' } };
      await server.initialize({ workspace: { configuration: true } });
      const published = await server.openAndWait(uriOf('postmortem-orders.md'), POSTMORTEM, 1);
      assert.deepEqual(published.diagnostics, [spaceInTimeDiagnostic(DiagnosticSeverity.Error)]);
      // initialized was handled before didOpen, so a registration would have arrived by now.
      assert.deepEqual(
        server.registrations.map((registration) => registration.method),
        [],
        `client/registerCapability sent to a client without dynamicRegistration: ${JSON.stringify(server.registrations)}`,
      );
    });

    it('"error" raises the severity, and a configuration change re-lints open documents', async function () {
      const server = startServer();
      await server.initialize(PULL);
      const uri = uriOf('postmortem-orders.md');
      const before = await server.openAndWait(uri, POSTMORTEM, 1);
      assert.deepEqual(before.diagnostics, [spaceInTimeDiagnostic(DiagnosticSeverity.Warning)]);

      server.settings = { rules: { 'timestamp-malformed': 'error' } };
      const from = server.diagnostics.length;
      await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      const after = await server.nextDiagnostics(uri, 1, from);
      assert.deepEqual(after.diagnostics, [spaceInTimeDiagnostic(DiagnosticSeverity.Error)]);
    });

    it('takes initializationOptions.settings when the client cannot be asked', async function () {
      const server = await initializedServer({}, { settings: { rules: { 'timestamp-malformed': 'error' } } });
      const published = await server.openAndWait(uriOf('postmortem-orders.md'), POSTMORTEM, 1);
      assert.deepEqual(published.diagnostics, [spaceInTimeDiagnostic(DiagnosticSeverity.Error)]);
      assert.deepEqual(server.configurationRequests, []);
    });

    it('warns once about a wrong severity, naming the rule, and keeps the default', async function () {
      const server = startServer();
      server.settings = { rules: { 'timestamp-malformed': 'loud' } };
      await server.initialize(PULL);
      const uri = uriOf('postmortem-orders.md');
      const published = await server.openAndWait(uri, POSTMORTEM, 1);
      assert.deepEqual(published.diagnostics, [spaceInTimeDiagnostic(DiagnosticSeverity.Warning)]);

      const message = 'Postmortem: settings (postmortem.*): rule "timestamp-malformed": "loud" is not a severity (use off, hint, info, warning or error)';
      await server.waitFor(() => server.shownMessages.length > 0, 'a window/showMessageRequest');
      assert.deepEqual(server.shownMessages, [{ type: MessageType.Warning, message, actions: [] }]);
      await server.waitFor(() => server.logMessages.some((log) => log.message === message), 'the warning in the log');
      assert.deepEqual(
        server.logMessages.filter((log) => log.message === message),
        [{ type: MessageType.Warning, message }],
      );

      // Re-linting with the same wrong setting does not nag again; the server still answers.
      const from = server.diagnostics.length;
      await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      const relinted = await server.nextDiagnostics(uri, 1, from);
      assert.deepEqual(relinted.diagnostics, [spaceInTimeDiagnostic(DiagnosticSeverity.Warning)]);
      assert.equal(server.shownMessages.length, 1);
      assert.ok((await complete(server, uri, { line: 12, character: 0 })).length > 0);
    });
  });

  describe('robustness', function () {
    // Deterministic junk: every UTF-16 code unit class, including NUL, controls, lone surrogates and U+FFFF.
    function binaryJunk(length: number): string {
      let seed = 12345;
      let text = '';
      for (let index = 0; index < length; index++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += String.fromCharCode(seed % 65536);
      }
      return text;
    }

    const inputs: Array<{ name: string; file: string; text: string; expected?: Diagnostic[] }> = [
      { name: 'binary junk', file: 'incident-junk.md', text: `# Junk\n\n## Timeline\n\n- 1:00 PM ${binaryJunk(4000)}\n\n${binaryJunk(4000)}` },
      {
        name: 'lone surrogates',
        file: 'postmortem-surrogates.md',
        text: POSTMORTEM.replace('# Orders API outage', '# Orders API outage \uD83D').replace('error-rate alert.', 'error-rate \uDC00 alert \uD800'),
        expected: [spaceInTimeDiagnostic()],
      },
      { name: 'CRLF line endings', file: 'postmortem-crlf.md', text: POSTMORTEM_LINES.join('\r\n'), expected: [spaceInTimeDiagnostic()] },
      { name: 'a byte order mark', file: 'postmortem-bom.md', text: `\uFEFF${POSTMORTEM}`, expected: [spaceInTimeDiagnostic()] },
      {
        name: '50 levels of nesting',
        file: 'postmortem-nested.md',
        text: `${POSTMORTEM}\n${Array.from({ length: 50 }, (_, depth) => `${'  '.repeat(depth)}- > level ${depth}`).join('\n')}\n${'> '.repeat(50)}deep quote\n`,
        expected: [spaceInTimeDiagnostic()],
      },
    ];

    for (const input of inputs) {
      it(`survives ${input.name}`, async function () {
        const server = await initializedServer();
        const uri = uriOf(input.file);
        const published = await server.openAndWait(uri, input.text, 1);
        if (input.expected) assert.deepEqual(published.diagnostics, input.expected);
        else assert.ok(Array.isArray(published.diagnostics));

        // The server still answers requests about that document, and still lints another one correctly.
        await complete(server, uri, { line: 0, character: 0 });
        const healthy = await server.openAndWait(uriOf('postmortem-after.md'), POSTMORTEM, 1);
        assert.deepEqual(healthy.diagnostics, [spaceInTimeDiagnostic()]);
        assert.equal(server.exit, undefined);
        assert.deepEqual(
          server.logMessages.filter((message) => message.type === MessageType.Error),
          [],
          'the server logged an error (a rule or the server caught a crash)',
        );
      });
    }
  });
});
