/** The report's word count (doc.wordCount), as a reader and a word processor count it. */
import assert from 'node:assert/strict';
import { parsePostmortem } from '../../server/src/parse/parse';

const words = (text: string) => parsePostmortem(text, 'front-matter').wordCount;

describe('parsePostmortem: word count', () => {
  it('counts whitespace-separated words with a letter or digit', () => {
    assert.equal(words('The site was down.\n'), 4);
    assert.equal(words("At 10:45 AM (UTC), e.g. the DB didn't answer.\n"), 9);
  });

  it('counts headings and emphasised text, not heading, list or emphasis markup', () => {
    assert.equal(words('# Outage\n\n## Issue Summary\n\n- **Start:** 10:45\n- *End:* 11:00\n1. one task\n'), 9);
  });

  it('skips front matter, code fences, comments and HTML', () => {
    const text = '---\ntype: postmortem\nauthor: someone\n---\n\nTwo words\n\n```\nlots of log lines here\n```\n\n<!-- a comment here -->\n<div align="center"></div>\n';
    assert.equal(words(text), 2);
  });

  it('counts a link by its text, not its target, and skips images and link definitions', () => {
    assert.equal(words('See [the dashboard](https://example.com/a/b/c "Grafana") now.\n'), 4);
    assert.equal(words('![an architecture diagram](docs/diagram.png)\n\nOne.\n'), 1);
    assert.equal(words('Read [the runbook][rb].\n\n[rb]: https://example.com/runbook\n'), 3);
  });

  it('counts table cells, not pipes or separator rows, and skips entities', () => {
    assert.equal(words('| Time | Event |\n| --- | --- |\n| 10:45 | Alert fired |\n'), 5);
    assert.equal(words('&nbsp;&nbsp;•&nbsp;Reduce load.\n'), 2);
  });
});
