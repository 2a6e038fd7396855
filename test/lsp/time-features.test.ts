/**
 * The time features over the real server (`node dist/server.js --stdio`): hover on a timeline time,
 * elapsed-time inlay hints, "Normalise all timestamps", fix-all on save and "Convert timeline to
 * <zone>". Each test starts its own server and waits on answers, never on the clock.
 */
import assert from 'node:assert/strict';
import {
  CodeActionRequest,
  CodeActionResolveRequest,
  CodeActionTriggerKind,
  DidChangeTextDocumentNotification,
  HoverRequest,
  InlayHintRequest,
  TextDocumentEdit,
  type CodeAction,
  type CodeActionContext,
  type Command,
  type Range,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ServerProcess, testServers } from './client';

// US daylight saving time starts on March 10, 2024 at 2:00 AM: 1:15 AM is PST (UTC−8), 3:05 AM is PDT (UTC−7).
const CHECKOUT = [
  '# Checkout outage, March 10, 2024', // 0
  '',
  '## Issue Summary',
  '',
  'Between 1:15 AM and 4:10 AM PT on March 10, 2024, checkout failed for every user after a cache deploy.',
  '',
  '## Timeline (all times PT)', // 6
  '',
  '- 1:00 AM - Cache deploy starts.', // 8
  '- 1:15 AM - Outage begins: checkout returns 500 errors.', // 9
  '- 1:50 AM - The on-call engineer is paged.', // 10
  '- 3:05 AM - The deploy is rolled back.', // 11
  '- 4:10 AM - Checkout is healthy again.', // 12
  '',
  '## Root Cause',
  '',
  'Two cache keys collided after the key format changed.',
  '',
  '## Resolution',
  '',
  'The deploy was rolled back and the cache flushed.',
  '',
  '## Corrective and Preventative Measures',
  '',
  '- Test cache key formats against production keys.',
  '',
].join('\n');

// Well-formed times are all "h:mm AM"; four are malformed in different ways (lines 8, 10, 11, 13).
const SLOPPY_LINES = [
  '# Search outage',
  '',
  '## Issue Summary',
  '',
  'From 11:15 AM to 2:23 PM UTC, search returned no results for every user. The root cause was an index rebuild that ran out of memory.',
  '',
  '## Timeline (UTC)',
  '',
  '- 11:05 A M - Index rebuild starts.', // 8
  '- 11:15 AM - Outage begins: search returns nothing, the empty-results alert pages the on-call and she brings in the search team.', // 9
  '- 1: 55 PM - Rebuild restarted with more memory.', // 10
  '- 2:05 p. m. - Index is half built.', // 11
  '- 2:10 PM - Traffic is shifted to the old index.', // 12
  '- 14:23 PM - Search is back.', // 13
  '',
  '## Root Cause',
  '',
  'The rebuild ran out of memory and wrote an empty index.',
  '',
  '## Resolution',
  '',
  'The rebuild was re-run with more memory.',
  '',
  '## Corrective and Preventative Measures',
  '',
  '- Refuse to publish an empty index.',
  '',
];
const SLOPPY = SLOPPY_LINES.join('\n');
const TIDY = SLOPPY.replace('11:05 A M', '11:05 AM').replace('1: 55 PM', '1:55 PM').replace('2:05 p. m.', '2:05 PM').replace('14:23 PM', '2:23 PM');

const NORMALIZE_KIND = 'source.normalizeTimestamps.postmortem';
const NORMALIZE_REFACTOR_KIND = 'refactor.rewrite.normalizeTimestamps.postmortem';
const FIX_ALL_KIND = 'source.fixAll.postmortem';

describe('time features over stdio', function () {
  const servers = testServers('lsp-time-');
  const uriOf = servers.uriOf;

  async function initializedServer(initializationOptions?: unknown): Promise<ServerProcess> {
    const server = servers.start();
    await server.initialize({}, initializationOptions);
    return server;
  }

  async function codeActions(server: ServerProcess, uri: string, range: Range, context: Partial<CodeActionContext> = {}): Promise<CodeAction[]> {
    const result: Array<Command | CodeAction> | null = await server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: [], ...context } });
    assert.ok(Array.isArray(result), `codeAction should answer a list, got ${JSON.stringify(result)}`);
    return result.map((action) => {
      assert.ok('kind' in action, `a CodeAction, not a Command: ${JSON.stringify(action)}`);
      return action as CodeAction;
    });
  }

  /** The single edit of an action: one TextDocumentEdit for `uri` at `version`, with one text edit. */
  function onlyEdit(action: CodeAction | undefined, uri: string, version: number): TextEdit {
    const changes = action?.edit?.documentChanges;
    assert.equal(changes?.length, 1, `one document change: ${JSON.stringify(action)}`);
    const change = changes![0]!;
    assert.ok(TextDocumentEdit.is(change), 'a TextDocumentEdit');
    assert.deepEqual(change.textDocument, { uri, version });
    assert.equal(change.edits.length, 1, 'one text edit');
    return change.edits[0]! as TextEdit;
  }

  function apply(text: string, edit: TextEdit): string {
    return TextDocument.applyEdits(TextDocument.create('file:///x.md', 'markdown', 1, text), [edit]);
  }

  const at = (line: number, character: number) => ({ line, character });
  const lineRange = (line: number): Range => ({ start: at(line, 0), end: at(line, 0) });


  it('declares hover, inlay hints and every code action kind it answers', async function () {
    const server = servers.start();
    const { capabilities } = await server.initialize({});
    assert.equal(capabilities.hoverProvider, true);
    assert.equal(capabilities.inlayHintProvider, true);
    assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix', FIX_ALL_KIND, NORMALIZE_KIND, 'refactor.rewrite', NORMALIZE_REFACTOR_KIND], resolveProvider: true });
  });

  describe('hover', function () {
    it('shows the time as read and as written, its zone and where it came from, UTC after the DST change, and T+ from the outage start', async function () {
      const server = await initializedServer();
      const uri = uriOf('postmortem-checkout.md');
      await server.openAndWait(uri, CHECKOUT, 1);
      const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: at(11, 4) });
      assert.deepEqual(hover, {
        contents: {
          kind: 'markdown',
          value: [
            '**03:05** (written `3:05 AM`) on Mar 10, 2024',
            'Zone: **America/Los_Angeles** (`PT` from the Timeline heading)',
            'UTC: **10:05** on Mar 10, 2024',
            '**T+0:50** from the outage start (1:15 AM: "Outage begins: checkout returns 500 errors.")',
          ].join('\n\n'),
        },
        range: { start: at(11, 2), end: at(11, 9) },
      });
    });

    it('marks the outage start and counts back before it', async function () {
      const server = await initializedServer();
      const uri = uriOf('postmortem-checkout.md');
      await server.openAndWait(uri, CHECKOUT, 1);
      const start = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: at(9, 2) });
      assert.match(JSON.stringify(start?.contents), /T\+0:00\*\*: the outage starts here/);
      const before = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: at(8, 8) });
      assert.match(JSON.stringify(before?.contents), /UTC: \*\*09:00\*\* on Mar 10, 2024/);
      assert.match(JSON.stringify(before?.contents), /T\u22120:15/);
    });

    it('says where the zone came from when the setting supplies it, and gives nothing on other text or in other files', async function () {
      const server = await initializedServer({ settings: { timezone: 'Europe/Paris' } });
      const uri = uriOf('postmortem-checkout.md');
      await server.openAndWait(uri, CHECKOUT.replace('## Timeline (all times PT)', '## Timeline').replace(' PT on', ' on'), 1);
      const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: at(10, 3) });
      assert.match(JSON.stringify(hover?.contents), /Zone: \*\*Europe\/Paris\*\* \(from the `postmortem.timezone` setting/);
      assert.match(JSON.stringify(hover?.contents), /UTC: \*\*00:50\*\* on Mar 10, 2024/);

      for (const position of [at(10, 20), at(6, 5), at(4, 10), at(0, 3)]) {
        assert.equal(await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }), null, `no hover at ${JSON.stringify(position)}`);
      }
      const readme = uriOf('README.md');
      await server.openAndWait(readme, '# Notes\n\n- 10:00 - standup\n', 1);
      assert.equal(await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: readme }, position: at(2, 3) }), null);
    });
  });

  describe('inlay hints', function () {
    const whole: Range = { start: at(0, 0), end: at(40, 0) };

    it('puts T± from the outage start after each time, counting real time across the DST change', async function () {
      const server = await initializedServer();
      const uri = uriOf('postmortem-checkout.md');
      await server.openAndWait(uri, CHECKOUT, 1);
      const hints = await server.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: whole });
      assert.deepEqual(
        hints?.map((hint) => [hint.position, hint.label, hint.paddingLeft]),
        [
          [at(8, 9), 'T\u22120:15', true],
          [at(9, 9), 'T+0:00', true],
          [at(10, 9), 'T+0:35', true],
          [at(11, 9), 'T+0:50', true], // 1:15 PST to 3:05 PDT is 50 minutes
          [at(12, 9), 'T+1:55', true],
        ],
      );
    });

    it('answers only within the requested range, and goes after a zone written with the time', async function () {
      const server = await initializedServer();
      const uri = uriOf('postmortem-db.md');
      const text = '# DB failover 2024-07-01\n\n## Timeline (UTC)\n\n- 10:00 - Replication lag grows\n- 10:05 UTC - Outage begins\n- 12:30 (CEST) - Paris team joins\n\n## Root cause\n\nA slow disk.\n';
      await server.openAndWait(uri, text, 1);
      const hints = await server.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: { start: at(5, 0), end: at(6, 40) } });
      assert.deepEqual(
        hints?.map((hint) => [hint.position, hint.label]),
        [
          [at(5, 11), 'T+0:00'], // after "UTC"
          [at(6, 14), 'T+0:25'], // after "(CEST)"; 12:30 CEST is 10:30 UTC
        ],
      );
    });

    it('shows none when postmortem.inlayHints.elapsed is false, and none in other files', async function () {
      const server = await initializedServer({ settings: { inlayHints: { elapsed: false } } });
      const uri = uriOf('postmortem-checkout.md');
      await server.openAndWait(uri, CHECKOUT, 1);
      assert.deepEqual(await server.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: whole }), []);

      const other = await initializedServer();
      const readme = uriOf('README.md');
      await other.openAndWait(readme, '# Notes\n\n- 10:00 - standup\n', 1);
      assert.deepEqual(await other.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri: readme }, range: whole }), []);
    });
  });

  describe('normalise all timestamps', function () {
    it('returns one minimal versioned edit that leaves one style, then nothing more to do', async function () {
      const server = await initializedServer();
      const uri = uriOf('postmortem-search.md');
      await server.openAndWait(uri, SLOPPY, 4);
      const actions = await codeActions(server, uri, lineRange(0), { only: [NORMALIZE_KIND] });
      assert.deepEqual(
        actions.map((action) => [action.title, action.kind]),
        [['Normalise all timestamps in this file', NORMALIZE_KIND]],
      );
      const edit = onlyEdit(actions[0], uri, 4);
      // From the first changed character ("m" of "11:05 A M") to the last ("14" of "14:23 PM").
      assert.deepEqual(edit.range, { start: at(8, 9), end: at(13, 4) });
      const normalised = apply(SLOPPY, edit);
      assert.equal(normalised, TIDY);
      const times = normalised.split('\n').slice(8, 14).map((line) => /^- (\S+ \S+) - /.exec(line)?.[1]);
      assert.ok(
        times.every((time) => time && /^(?:1[0-2]|[1-9]):[0-5]\d [AP]M$/.test(time)),
        `one style: ${times.join(', ')}`,
      );

      await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 5 }, contentChanges: [{ text: normalised }] });
      const again = await codeActions(server, uri, lineRange(0), { only: [NORMALIZE_KIND] });
      assert.ok(
        again.length === 0 || again.every((action) => onlyEdit(action, uri, 5).newText === '' && apply(normalised, onlyEdit(action, uri, 5)) === normalised),
        `nothing more to normalise: ${JSON.stringify(again)}`,
      );
    });

    it('is offered as a refactor on a timeline line, and not elsewhere without being asked', async function () {
      const server = await initializedServer();
      const uri = uriOf('postmortem-search.md');
      await server.openAndWait(uri, SLOPPY, 1);
      const onTimeline = await codeActions(server, uri, lineRange(12));
      const refactor = onTimeline.filter((action) => action.kind === NORMALIZE_REFACTOR_KIND);
      assert.equal(refactor.length, 1);
      assert.equal(refactor[0]!.title, 'Normalise all timestamps in this file');
      assert.equal(apply(SLOPPY, onlyEdit(refactor[0], uri, 1)), TIDY);
      assert.ok(!onTimeline.some((action) => action.kind === NORMALIZE_KIND), 'the source action is not repeated beside the refactor');

      const quickFixesOnly = await codeActions(server, uri, { start: at(10, 3), end: at(10, 3) }, { only: ['quickfix'] });
      assert.ok(quickFixesOnly.length > 0 && quickFixesOnly.every((action) => action.kind === 'quickfix'), 'quick fixes still work, alone when asked');
      assert.deepEqual(await codeActions(server, uri, lineRange(17), { only: ['refactor'] }), [], 'no refactor off the timeline');
    });
  });

  describe('whole-file edits for the lightbulb', function () {
    it('are resolved only when picked, for a client that can resolve edits, and never for an older version', async function () {
      const server = servers.start();
      await server.initialize({ textDocument: { codeAction: { resolveSupport: { properties: ['edit'] } } } });
      const uri = uriOf('postmortem-search.md');
      await server.openAndWait(uri, SLOPPY, 2);

      const offered = await codeActions(server, uri, lineRange(12));
      const lazy = offered.filter((action) => action.kind !== 'quickfix');
      assert.deepEqual(
        lazy.map((action) => [action.kind, action.edit, action.data]),
        [
          [NORMALIZE_REFACTOR_KIND, undefined, { uri, version: 2 }],
          [FIX_ALL_KIND, undefined, { uri, version: 2 }],
        ],
      );
      const resolved = await server.connection.sendRequest(CodeActionResolveRequest.type, lazy[0]!);
      assert.equal(apply(SLOPPY, onlyEdit(resolved, uri, 2)), TIDY);
      assert.equal(resolved.data, undefined);

      // Asked for by kind (on save, the Source Action menu), the edit comes at once.
      const eager = await codeActions(server, uri, lineRange(0), { only: [FIX_ALL_KIND] });
      assert.ok(eager[0]?.edit, 'an edit without resolving');

      await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 3 }, contentChanges: [{ text: TIDY }] });
      const stale = await server.connection.sendRequest(CodeActionResolveRequest.type, lazy[1]!);
      assert.equal(stale.edit, undefined, 'no edit for a version that is gone');
    });
  });

  describe('fix all on save', function () {
    // Missing "Root Cause" and with a malformed time: both are fixed by one on-save edit.
    const UNSAVED = SLOPPY.replace('## Root Cause\n\nThe rebuild ran out of memory and wrote an empty index.\n\n', '');

    it('answers source.fixAll.postmortem with one versioned edit that fixes everything', async function () {
      const server = await initializedServer();
      const uri = uriOf('postmortem-search.md');
      const opened = await server.openAndWait(uri, UNSAVED, 9);
      assert.ok(opened.diagnostics.some((diagnostic) => diagnostic.code === 'required-sections'));

      // What VS Code sends for "editor.codeActionsOnSave": {"source.fixAll.postmortem": "explicit"}.
      const actions = await codeActions(server, uri, lineRange(0), { only: [FIX_ALL_KIND], triggerKind: CodeActionTriggerKind.Automatic });
      assert.deepEqual(
        actions.map((action) => [action.title, action.kind]),
        [['Fix all postmortem problems', FIX_ALL_KIND]],
      );
      const edit = onlyEdit(actions[0], uri, 9);
      assert.equal(edit.range.start.line, 8, 'the edit starts at the first change, not at the top of the file');
      const saved = apply(UNSAVED, edit);
      assert.ok(saved.includes('## Root Cause'), 'the missing section was added');
      assert.ok(!saved.includes('1: 55 PM'), 'the malformed time was fixed');

      const from = server.diagnostics.length;
      await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 10 }, contentChanges: [{ text: saved }] });
      // What is left is the author's to write: the inserted section's placeholder.
      const left = (await server.nextDiagnostics(uri, 10, from)).diagnostics;
      assert.deepEqual(
        left.map((diagnostic) => diagnostic.code),
        ['template-leftover'],
      );
      assert.equal(saved.split('\n')[left[0]!.range.start.line], 'TODO: what caused the incident, and why it was possible.');
      assert.deepEqual(await codeActions(server, uri, lineRange(0), { only: [FIX_ALL_KIND] }), [], 'nothing left to fix');
    });

    it('answers the generic source.fixAll too, and stays out of quick-fix and refactor requests', async function () {
      const server = await initializedServer();
      const uri = uriOf('postmortem-search.md');
      await server.openAndWait(uri, UNSAVED, 1);
      const generic = await codeActions(server, uri, lineRange(0), { only: ['source.fixAll'] });
      assert.deepEqual(
        generic.map((action) => action.kind),
        [FIX_ALL_KIND],
      );
      for (const only of [['quickfix'], ['refactor']]) {
        const actions = await codeActions(server, uri, lineRange(10), { only });
        assert.ok(!actions.some((action) => action.kind === FIX_ALL_KIND), `no fix-all for only=${only.join(',')}`);
      }
    });
  });

  describe('convert timeline to another zone', function () {
    it('converts a Pacific timeline to UTC across the DST change, keeping the 12-hour style, and updates the heading', async function () {
      const server = await initializedServer();
      const uri = uriOf('postmortem-checkout.md');
      await server.openAndWait(uri, CHECKOUT, 3);
      const actions = await codeActions(server, uri, lineRange(6), { only: ['refactor.rewrite'] });
      // The summary is in PT like the timeline, and no setting names a zone: UTC is the only target.
      assert.deepEqual(
        actions.map((action) => [action.title, action.kind]),
        [['Convert timeline to UTC', 'refactor.rewrite']],
      );
      const edit = onlyEdit(actions[0], uri, 3);
      assert.deepEqual(edit.range, { start: at(6, 23), end: at(12, 3) });
      const converted = apply(CHECKOUT, edit).split('\n');
      assert.deepEqual(converted.slice(6, 13), [
        '## Timeline (all times UTC)',
        '',
        '- 9:00 AM - Cache deploy starts.', // 1:00 AM PST = UTC−8
        '- 9:15 AM - Outage begins: checkout returns 500 errors.',
        '- 9:50 AM - The on-call engineer is paged.',
        '- 10:05 AM - The deploy is rolled back.', // 3:05 AM PDT = UTC−7
        '- 11:10 AM - Checkout is healthy again.',
      ]);
    });

    it('offers the setting and summary zones, and says so in the title when times move to another day under day lines', async function () {
      // Europe switches to summer time on March 31, 2024 at 01:00 UTC.
      const text = [
        '# Queue backlog',
        '',
        '## Summary',
        '',
        'Users in Paris (CET) saw the queue stall for two hours on the night of March 30.',
        '',
        '## Timeline (UTC)',
        '',
        '- March 30, 2024',
        '  - 23:30 - Outage begins: consumers stop acking.',
        '- March 31, 2024',
        '  - 00:40 - Consumers restarted.',
        '  - 01:20 - Backlog drained.',
        '',
        '## Root cause',
        '',
        'A poison message.',
        '',
      ].join('\n');
      const server = await initializedServer({ settings: { timezone: 'Asia/Tokyo' } });
      const uri = uriOf('postmortem-queue.md');
      await server.openAndWait(uri, text, 1);
      const actions = await codeActions(server, uri, { start: at(6, 4), end: at(6, 9) }, { only: ['refactor'] });
      assert.deepEqual(
        actions.map((action) => action.title),
        [
          'Convert timeline to Asia/Tokyo (1 time moves to another day; dates are left as written)',
          'Convert timeline to CET (1 time moves to another day; dates are left as written)',
        ],
      );
      const paris = apply(text, onlyEdit(actions[1], uri, 1)).split('\n');
      assert.deepEqual(paris.slice(6, 13), [
        '## Timeline (CET)',
        '',
        '- March 30, 2024',
        '  - 00:30 - Outage begins: consumers stop acking.', // CET, UTC+1 (now on March 31)
        '- March 31, 2024',
        '  - 01:40 - Consumers restarted.', // still CET
        '  - 03:20 - Backlog drained.', // CEST, UTC+2
      ]);
      assert.deepEqual(await codeActions(server, uri, lineRange(11), { only: ['refactor.rewrite'] }), [], 'only on the Timeline heading line');
    });

    it('is not offered when a zone with DST has no dated entries', async function () {
      const server = await initializedServer();
      const uri = uriOf('postmortem-undated.md');
      await server.openAndWait(uri, CHECKOUT.replace('# Checkout outage, March 10, 2024', '# Checkout outage').replace(' on March 10, 2024', ''), 1);
      assert.deepEqual(await codeActions(server, uri, lineRange(6), { only: ['refactor.rewrite'] }), []);
    });
  });
});
