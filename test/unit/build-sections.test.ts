import assert from 'node:assert/strict';
import { swallowedMarkdown } from '../../server/src/parse/html-blocks';
import { parsePostmortem } from '../../server/src/parse/parse';

const outline = (text: string) => parsePostmortem(text, 'headings').sections.map((section) => [section.kind, section.depth, section.title]);

describe('buildSections: layouts Markdown does not mean', () => {
  it('reads a `#` heading that is a label and a sentence inside a `##` section as a line of that section', () => {
    const text = '## Summary\n\n# Cause: The disk filled up because log rotation had been switched off.\n\n## Timeline\n\n- 10:00 - x\n';
    const doc = parsePostmortem(text, 'headings');
    assert.deepEqual(outline(text), [
      ['summary', 2, 'Summary'],
      ['timeline', 2, 'Timeline'],
    ]);
    assert.match(text.slice(doc.sections[0]!.span.start, doc.sections[0]!.span.end), /log rotation/);
  });

  it('reads a title centred with spaces as its section, words after the name allowed; not an indented line of text', () => {
    const pad = ' '.repeat(40);
    const text = `Jane Doe\n\n\n${pad}Summary of outage\n\nThe shop was down.\n\n${pad}Timeline of events (20th December 2023)\n\n2:00 PM: Reports.\n`;
    assert.deepEqual(outline(text), [
      ['summary', 1, 'Summary of outage'],
      ['timeline', 1, 'Timeline of events (20th December 2023)'],
    ]);
    // Indented as code (four spaces), or centred but running on as a paragraph: no heading.
    assert.deepEqual(outline('Intro\n\n    Summary of outage\n\ntext\n'), []);
    assert.deepEqual(outline(`Intro\n\n${pad}Summary of outage\n${pad}went on here\n\ntext\n`), []);
  });

  it('keeps a short labelled heading, and a labelled heading at its own level, as sections', () => {
    assert.deepEqual(outline('# Report: the DNS outage\n\n## Timeline\n\n- 1:00 x\n\n## Root Cause: a stale record that nobody had noticed for weeks\n\ntext\n'), [
      [undefined, 1, 'Report: the DNS outage'],
      ['timeline', 2, 'Timeline'],
      ['root-cause', 2, 'Root Cause: a stale record that nobody had noticed for weeks'],
    ]);
  });

  it('nests headings of any level under an empty section when they name no other section', () => {
    const text = '## Timeline\n\n- 1:00 x\n\nCorrective measures\n\n# Monitoring:\n\n- add an alert\n\n# Tasks:\n\n- renew the cert\n\n## Conclusion\n\nbye\n';
    assert.deepEqual(outline(text), [
      ['timeline', 2, 'Timeline'],
      ['corrective-measures', 3, 'Corrective measures'],
      [undefined, 4, 'Monitoring:'],
      ['corrective-measures', 4, 'Tasks:'],
      [undefined, 2, 'Conclusion'],
    ]);
  });

  it('leaves real sub-sections and the next section alone', () => {
    const text = '## Timeline\n\n### Day 1\n\n- 1:00 x\n\n## Evidence\n\ntext\n';
    assert.deepEqual(outline(text), [
      ['timeline', 2, 'Timeline'],
      [undefined, 3, 'Day 1'],
      [undefined, 2, 'Evidence'],
    ]);
  });

  it('takes a section of time-led lines for the timeline when no heading names one', () => {
    const text = '# DB outage\n\n## What we saw\n\n- 09:00 - alerts\n- 09:10 - failover\n- 09:40 - recovered\n\n## Root cause\n\ntext\n';
    assert.deepEqual(outline(text)[1], ['timeline', 2, 'What we saw']);
    assert.equal(parsePostmortem(text, 'headings').timeline.entries.length, 3);
    const withTimeline = '## Timeline\n\n- 1:00 x\n\n## Numbers\n\n- 09:00 - 3 errors\n- 09:10 - 5 errors\n- 09:40 - 0 errors\n';
    assert.equal(outline(withTimeline)[1]![0], undefined);
  });

  it('does not take a line of a paragraph that names a section for a heading', () => {
    const text = '# Outage\n\nWe apologise to everyone\nwho was affected.\n\nThe timeline.\n\n## Timeline\n\n- 1:00 x\n';
    assert.deepEqual(outline(text).map((section) => section[0]), [undefined, 'timeline']);
  });

  it('takes a heading that opens the document at any level for the title', () => {
    assert.equal(parsePostmortem('### Postmortem: API outage\n\n## Timeline\n\n- 1:00 x\n', 'title').title?.text, 'Postmortem: API outage');
  });
});

describe('HTML in a report', () => {
  it('reads <h1>–<h6> as headings and the text between tags as prose', () => {
    const text = '<h1>Postmortem</h1>\n<h3>Issue Summary</h3>\n<p>From 10:00 to 10:30 UTC, 100% of requests failed.</p>\n\n<h3>Timeline</h3>\n<p>\n10:00 UTC: errors begin\n</p>\n';
    const doc = parsePostmortem(text, 'headings');
    assert.deepEqual(doc.sections.map((section) => [section.kind, section.depth, section.title]), [
      [undefined, 1, 'Postmortem'],
      ['summary', 3, 'Issue Summary'],
      ['timeline', 3, 'Timeline'],
    ]);
    assert.equal(doc.title?.text, 'Postmortem');
    assert.equal(doc.summary?.impact.length, 1);
    assert.equal(doc.summary?.end?.timestamp.raw, '10:30');
  });

  it('keeps tags, comments and code out of the prose', () => {
    const text = '## Summary\n\n<div title="from 01:00 to 02:00">\n<!-- from 03:00 to 04:00 -->\n<code>from 05:00 to 06:00</code>\n</div>\n\n## Timeline\n\n- 1:00 x\n';
    assert.equal(parsePostmortem(text, 'headings').summary?.start, undefined);
  });
});

describe('swallowedMarkdown', () => {
  it('finds the Markdown after an HTML block whose elements have closed', () => {
    const block = '<p align="center">\n<img src="x.gif" />\n</p>\n- **Duration:** 2 hours';
    assert.deepEqual(swallowedMarkdown(block, 100), { start: 100 + block.indexOf('- **'), end: 100 + block.length });
  });

  it('leaves HTML that runs to its end, raw-text blocks and comments alone', () => {
    assert.equal(swallowedMarkdown('<details>\n<summary>x</summary>\ntext inside\n</details>', 0), undefined);
    assert.equal(swallowedMarkdown('<pre>\n</pre>\nplain', 0), undefined);
    assert.equal(swallowedMarkdown('<!-- note -->\ntext', 0), undefined);
    assert.equal(swallowedMarkdown('<div>\nunclosed\n', 0), undefined);
    assert.equal(swallowedMarkdown('<center><img src="a.png"></center>\n---', 0), undefined);
  });

  it('gives the parser the swallowed lines as prose', () => {
    const text = '# Issue Summary\n<p align="center">\n<img src="a.png">\n</p>\n- Impact: 40% of users could not log in.\n\n## Timeline\n\n- 1:00 x\n';
    const doc = parsePostmortem(text, 'headings');
    assert.equal(doc.swallowed.length, 1);
    assert.equal(text.slice(doc.swallowed[0]!.start, doc.swallowed[0]!.end), '- Impact: 40% of users could not log in.');
    assert.equal(doc.summary?.impact.length, 1);
  });
});
