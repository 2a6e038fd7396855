import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig } from '../../server/src/engine/config';
import { lint } from '../../server/src/engine/lint';
import { parsePostmortem } from '../../server/src/parse/parse';
import { rules } from '../../server/src/rules/registry';

const { config } = resolveConfig(rules, []);
const entriesOf = (text: string) => parsePostmortem(text, 'front-matter').timeline.entries.map((entry) => [entry.timestamp.raw, entry.description]);

describe('parsePostmortem: sections', () => {
  it('takes an H1 that is not a section as the title, and nests sections by level', () => {
    const doc = parsePostmortem('# Outage\n\n## Timeline\n\n### Oct 3\n\n- 1:00 - a\n\n## Root cause\n\ntext\n', 'headings');
    assert.equal(doc.title?.text, 'Outage');
    assert.deepEqual(
      doc.sections.map((section) => [section.kind, section.depth, doc.text.slice(section.span.start, section.span.end).split('\n').length]),
      [
        [undefined, 1, 11],
        ['timeline', 2, 5],
        [undefined, 3, 3],
        ['root-cause', 2, 3],
      ],
    );
  });

  it('reads pseudo-headings from bold lines, colon lines and bullets, not from sentences', () => {
    const text = '**Issue Summary:**\nIt broke.\n\nTimeline:\n9:00 - x\n\n* Root cause and resolution\n\nThe summary: it broke.\n';
    assert.deepEqual(
      parsePostmortem(text, 'headings').sections.map((section) => [section.kind, section.form]),
      [
        ['summary', 'pseudo'],
        ['timeline', 'pseudo'],
        ['root-cause-and-resolution', 'pseudo'],
      ],
    );
  });

  it('keeps spans on the real text after a byte order mark, with each section once', () => {
    const text = '\uFEFF# Title\n\n## Timeline\n\n- 1: 55 PM - x\n';
    const doc = parsePostmortem(text, 'headings');
    assert.equal(text.slice(doc.title!.span.start, doc.title!.span.end), '# Title');
    assert.deepEqual(doc.sections.map((section) => [section.kind, section.form]), [[undefined, 'heading'], ['timeline', 'heading']]);
    assert.equal(doc.timeline.entries.length, 1);
  });

  it('does not read a heading text from an HTML comment inside it', () => {
    assert.equal(parsePostmortem('# Outage <!-- draft -->\n', 'headings').title?.text, 'Outage');
  });
});

describe('parsePostmortem: timeline entries', () => {
  it('reads bullets, bold labels, nested bullets under day lines, and keeps the description', () => {
    const text = '## Timeline\n\n- Oct 29\n  - **23:10:** Lock taken\n- Oct 30\n  * 00:30 — paged\n+ 01:00: fixed\n';
    const doc = parsePostmortem(text, 'front-matter');
    assert.deepEqual(entriesOf(text), [
      ['23:10', 'Lock taken'],
      ['00:30', 'paged'],
      ['01:00', 'fixed'],
    ]);
    assert.deepEqual(doc.timeline.groups.map((group) => group.label), ['Timeline', 'Oct 29', 'Oct 30']);
    assert.deepEqual(doc.timeline.entries.map((entry) => entry.group), [1, 2, 2]);
  });

  it('reads a time in a heading, also inside a list item', () => {
    assert.deepEqual(entriesOf('## Timeline\n\n- ### 20:23 UTC:\n  Alert fired\n#### 21:00:\n'), [
      ['20:23', ''],
      ['21:00', ''],
    ]);
  });

  it('reads a nested timeline section once, as part of the outer one', () => {
    assert.deepEqual(entriesOf('## Timeline (UTC)\n\n- 10:00 - a\n\n### Detailed timeline\n\n- 10:05 - b\n'), [
      ['10:00', 'a'],
      ['10:05', 'b'],
    ]);
  });

  it('starts a day at a date line with a weekday or a day number around it', () => {
    const text = '## Timeline\n\n- Oct 30 (Wednesday)\n  - 09:00 - a\n- Day 2 – Oct 31\n  - 08:00 - b\n- 2024-11-01 (Fri)\n  - 07:00 - c\n';
    assert.deepEqual(parsePostmortem(text, 'headings').timeline.groups.map((group) => group.label), ['Timeline', 'Oct 30 (Wednesday)', 'Day 2 – Oct 31', '2024-11-01 (Fri)']);
  });

  it('survives 5,000 levels of nested quotes', () => {
    const text = `## Timeline\n\n${'> '.repeat(5000)}- 1:00 - deep\n`;
    assert.deepEqual(entriesOf(text), [['1:00', 'deep']]);
  });

  it('reads table rows by their first cell and skips header rows', () => {
    assert.deepEqual(entriesOf('## Timeline\n\n| Time | Event |\n|---|---|\n| 14:51 | News |\n| _14:53_ | Traffic up |\n'), [
      ['14:51', 'News'],
      ['14:53', 'Traffic up'],
    ]);
  });

  it('reads indented blocks and bare lines, and a zone right after the time', () => {
    assert.deepEqual(entriesOf('Timeline:\n\n    10:45 AM (UTC): Issue Detected\n17:30 PST: Alerts fire\n'), [
      ['10:45 AM', 'Issue Detected'],
      ['17:30', 'Alerts fire'],
    ]);
  });

  it('ignores code fences, prose and lines outside the timeline', () => {
    assert.deepEqual(entriesOf('9:00 - before\n\n## Timeline\n\n```\n10:00 log line\n```\nWe looked at 11:00.\n- 12:00 - real\n\n## Root cause\n\n- 13:00 - not timeline\n'), [['12:00', 'real']]);
  });

  it('takes the zone from the heading, or from a line under it', () => {
    assert.equal(parsePostmortem('## Timeline (all times Pacific Time)\n- 1:00 x\n', 'headings').timeline.zone?.zone, 'America/Los_Angeles');
    assert.equal(parsePostmortem('## Timeline\nAll times are in UTC-05\n\n- 1:00 x\n', 'headings').timeline.zone?.zone, 'UTC-05:00');
    assert.equal(parsePostmortem('## Timeline\n\n- 1:00 x\n', 'headings').timeline.zone, undefined);
  });

  it('survives CRLF, a BOM and lone surrogates with spans that still point at the times', () => {
    const text = '\uFEFF## Timeline\r\n\r\n- 1: 55 PM \uD800 - x\r\n- 2:00 PM - y\r\n';
    const entries = parsePostmortem(text, 'front-matter').timeline.entries;
    assert.deepEqual(entries.map((entry) => text.slice(entry.timestamp.start, entry.timestamp.end)), ['1: 55 PM', '2:00 PM']);
  });
});

describe('well-formed documents of our own', () => {
  const folder = join(__dirname, '..', 'fixtures', 'docs');
  const clean = [join(__dirname, '..', '..', 'examples', 'login-failures.md'), ...readdirSync(folder).filter((name) => name.startsWith('good-')).map((name) => join(folder, name))];
  for (const path of clean) {
    it(`${path.split('/').slice(-2).join('/')} gets no finding at all`, () => {
      const result = lint({ text: readFileSync(path, 'utf8'), path, config });
      assert.ok(result.doc, 'recognised as a postmortem');
      assert.deepEqual(result.findings.map((finding) => `${finding.rule}: ${finding.message}`), []);
    });
  }

  it('globs match below the root: a checkout inside a "postmortem" folder is not all postmortems', () => {
    const text = '# Notes\n\nNothing here.\n';
    assert.equal(lint({ text, path: '/home/me/postmortem-tools/README.md', root: '/home/me/postmortem-tools', config }).doc, undefined);
    assert.equal(lint({ text, path: '/home/me/postmortem-tools/incidents/2024.md', root: '/home/me/postmortem-tools', config }).doc?.detectedBy, 'path');
    assert.equal(lint({ text, path: '/elsewhere/postmortem.md', root: '/home/me/postmortem-tools', config }).doc?.detectedBy, 'path');
  });

  it('a Markdown file that is not a postmortem gets nothing, whatever it contains', () => {
    const path = join(folder, 'release-notes.md');
    const result = lint({ text: readFileSync(path, 'utf8'), path, root: folder, config });
    assert.equal(result.doc, undefined);
    assert.deepEqual(result.findings, []);
  });
});
