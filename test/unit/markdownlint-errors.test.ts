/** Findings as markdownlint's onError takes them: lines below front matter, ranges, fixInfo; and the lines read back from the file. */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { originalLines, type LintedDocument } from '../../server/src/markdownlint/document';
import { errorInfo } from '../../server/src/markdownlint/errors';
import { markdownlintRules } from '../../server/src/markdownlint/rules';
import { LineIndex } from '../../server/src/parse/lines';
import { rules } from '../../server/src/rules/registry';
import type { Finding, Fix } from '../../server/src/rules/types';

const LINES = ['---', 'type: postmortem', '---', '# Outage', '', '- 1: 55 PM - Restart', '- 2:10 PM - Back'];
const TEXT = LINES.join('\n');

function document(): LintedDocument {
  return { lines: LINES, frontMatterLines: 3, index: new LineIndex(TEXT), isPostmortem: true, findings: [], configProblems: [], layers: [] };
}

function finding(text: string, length: number, fix?: Fix, occurrence = 0): Finding {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen++) start = TEXT.indexOf(text, start + 1);
  assert.ok(start >= 0, text);
  return { rule: 'timestamp-malformed', severity: 'warning', message: 'a message', span: { start, end: start + length }, ...(fix ? { fix: () => fix } : {}) };
}

const at = (text: string) => TEXT.indexOf(text);

describe('markdownlint errors', () => {
  it('numbers lines below the front matter, with a one-line range and the text as context', () => {
    assert.deepEqual(errorInfo(document(), finding('1: 55 PM', 8)), { lineNumber: 3, detail: 'a message', range: [3, 8], context: '1: 55 PM' });
  });

  it('clips a range that runs onto the next line, and puts a finding in the front matter on line 1', () => {
    const info = errorInfo(document(), finding('Restart', 12));
    assert.deepEqual(info.range, [14, 7]);
    assert.deepEqual(errorInfo(document(), finding('type', 4)), { lineNumber: 1, detail: 'a message (front matter, line 2)' });
    assert.equal(errorInfo(document(), { ...finding('# Outage', 0), span: { start: at('\n- 1'), end: at('\n- 1') } }).range, undefined, 'nothing to point at on an empty line');
  });

  it('passes a one-edit fix on one line as fixInfo, line breaks in its text included', () => {
    const rewrite: Fix = { title: 'fix', edits: [{ span: { start: at('1: 55'), end: at('1: 55') + 8 }, newText: '1:55 PM' }] };
    assert.deepEqual(errorInfo(document(), finding('1: 55 PM', 8, rewrite)).fixInfo, { lineNumber: 3, editColumn: 3, deleteCount: 8, insertText: '1:55 PM' });
    const split: Fix = { title: 'split', edits: [{ span: { start: at(' - Restart'), end: at(' - Restart') }, newText: '\n- ' }] };
    assert.deepEqual(errorInfo(document(), finding('1: 55 PM', 8, split)).fixInfo, { lineNumber: 3, editColumn: 11, deleteCount: 0, insertText: '\n- ' });
    const deleteLine: Fix = { title: 'delete', edits: [{ span: { start: at('- 1: 55'), end: at('- 2:10') }, newText: '' }] };
    assert.deepEqual(errorInfo(document(), finding('1: 55 PM', 8, deleteLine)).fixInfo, { lineNumber: 3, deleteCount: -1 });
  });

  it('leaves out suggestions, fixes of several edits and edits across lines', () => {
    const edit = { span: { start: at('1: 55'), end: at('1: 55') + 8 }, newText: '1:55 PM' };
    assert.equal(errorInfo(document(), finding('1: 55 PM', 8, { title: 's', edits: [edit], suggestion: true })).fixInfo, undefined);
    assert.equal(errorInfo(document(), finding('1: 55 PM', 8, { title: 'two', edits: [edit, { span: { start: 0, end: 0 }, newText: 'x' }] })).fixInfo, undefined);
    assert.equal(errorInfo(document(), finding('1: 55 PM', 8, { title: 'across', edits: [{ span: { start: at('Restart'), end: at('2:10') }, newText: '' }] })).fixInfo, undefined);
  });
});

describe('markdownlint rules', () => {
  it('are one per rule and postmortem-config, named and tagged apart from markdownlint\'s own', () => {
    assert.equal(markdownlintRules.length, rules.length + 1);
    const names = markdownlintRules.flatMap((rule) => rule.names.map((name) => name.toLowerCase()));
    assert.equal(new Set(names).size, names.length);
    const tags = new Set(markdownlintRules.flatMap((rule) => rule.tags));
    for (const name of names) assert.ok(!tags.has(name), `${name} is also a tag`);
    for (const rule of markdownlintRules) {
      assert.ok(rule.names[0]!.startsWith('postmortem-') && rule.tags.every((tag) => tag.startsWith('postmortem')), rule.names[0]);
      assert.equal(rule.parser, 'none');
    }
    assert.deepEqual(markdownlintRules.find((rule) => rule.names[0] === 'postmortem-timeline-order')?.names, ['postmortem-timeline-order', 'timeline-order']);
  });
});

describe('the lines the rules read', () => {
  it('are the file\'s own when markdownlint only hid comment text, else markdownlint\'s', () => {
    const dir = mkdtempSync(join(tmpdir(), 'postmortem-markdownlint-lines-'));
    const file = join(dir, 'report.md');
    writeFileSync(file, '\uFEFF# Outage\r\n<!-- postmortem-disable-next-line timeline-order -->\r\n- 1:00 x\r\n');
    // markdownlint hides a comment's text: every character but spaces becomes ".".
    const comment = `<!--${' postmortem-disable-next-line timeline-order '.replace(/[^ ]/g, '.')}-->`;
    const hidden = ['# Outage', comment, '- 1:00 x', ''];
    assert.deepEqual(originalLines({ name: file, lines: hidden, frontMatterLines: [] }), ['# Outage', '<!-- postmortem-disable-next-line timeline-order -->', '- 1:00 x', '']);
    const edited = ['# Outage', comment, '- 1:05 x', ''];
    assert.deepEqual(originalLines({ name: file, lines: edited, frontMatterLines: [] }), edited, 'an unsaved edit: markdownlint\'s lines');
    assert.deepEqual(originalLines({ name: 'content', lines: ['# A'], frontMatterLines: [] }), ['# A']);
  });
});
