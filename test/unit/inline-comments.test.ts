import assert from 'node:assert/strict';
import { resolveConfig } from '../../server/src/engine/config';
import { lint } from '../../server/src/engine/lint';
import { LineIndex } from '../../server/src/parse/lines';
import { rules } from '../../server/src/rules/registry';

const { config } = resolveConfig(rules, []);

// A postmortem whose timeline has three malformed times, on lines 7, 8 and 9 (1-based).
const report = (between: Record<number, string> = {}) => {
  const lines = [
    '# Search outage',
    '## Issue Summary',
    'From 10:00 to 10:50 AM PT, search returned errors for 40% of users because of a bad index.',
    '## Timeline (all times PT)',
    '- 10:00 AM - Index rebuild starts.',
    '- 10:05 AM - Outage begins: search returns errors.',
    '- 10:12 A M - Alert fires.',
    '- 10:2 AM - On-call engineer paged.',
    '- 10:50 A M - Service restored.',
    '## Root Cause',
    'The rebuild dropped a field.',
    '## Resolution',
    'We restored the previous index.',
    '## Corrective and Preventative Measures',
    '- Validate the index before swapping it in.',
  ];
  const keys = Object.keys(between).map(Number).sort((a, b) => b - a);
  for (const line of keys) lines.splice(line - 1, 0, between[line]!);
  return `${lines.join('\n')}\n`;
};

function malformedLines(text: string): number[] {
  const index = new LineIndex(text);
  return lint({ text, config })
    .findings.filter((finding) => finding.rule === 'timestamp-malformed')
    .map((finding) => index.position(finding.span.start).line + 1);
}

describe('inline comments', () => {
  it('the fixture has three findings to start with', () => {
    assert.deepEqual(malformedLines(report()), [7, 8, 9]);
  });

  it('disable-next-line turns a rule off for the next line only', () => {
    assert.deepEqual(malformedLines(report({ 8: '<!-- postmortem-disable-next-line timestamp-malformed -->' })), [7, 10]);
  });

  it('disable and enable bracket a region, for the named rules or for all', () => {
    const named = report({ 7: '<!-- postmortem-disable timestamp-malformed -->', 9: '<!-- postmortem-enable timestamp-malformed -->' });
    assert.deepEqual(malformedLines(named), [11]);
    const all = report({ 7: '<!-- postmortem-disable -->' });
    assert.deepEqual(malformedLines(all), []);
    assert.equal(lint({ text: all, config }).findings.filter((finding) => finding.span.start > all.indexOf('postmortem-disable')).length, 0);
  });

  it('a comment for another rule changes nothing', () => {
    assert.deepEqual(malformedLines(report({ 7: '<!-- postmortem-disable timeline-order, timestamp-style -->' })), [8, 9, 10]);
  });

  it('the same text in a code fence or inline code is an example, not a directive', () => {
    const fenced = report({ 7: '```\n<!-- postmortem-disable -->\n```' });
    assert.deepEqual(malformedLines(fenced), [10, 11, 12]);
    const inline = report({ 7: 'Write `<!-- postmortem-disable -->` to silence a rule.' });
    assert.deepEqual(malformedLines(inline), [8, 9, 10]);
  });

  it('reports an unknown rule id on the id itself, with the rule it probably meant', () => {
    const text = report({ 7: '<!-- postmortem-disable-next-line timestamp-malformd -->' });
    const findings = lint({ text, config }).findings.filter((finding) => finding.rule === 'config');
    assert.equal(findings.length, 1);
    assert.equal(text.slice(findings[0]!.span.start, findings[0]!.span.end), 'timestamp-malformd');
    assert.match(findings[0]!.message, /Unknown rule "timestamp-malformd".*did you mean "timestamp-malformed"/);
    // Naming only an unknown rule must not disable every rule.
    assert.deepEqual(malformedLines(text), [8, 9, 10]);
  });
});
