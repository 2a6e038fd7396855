/**
 * The structure rules on shapes a fixture cannot mark: an expect comment on a pseudo-heading's line
 * ("Impact:") would stop it being a pseudo-heading. Each case lints with only the structure rules.
 */
import assert from 'node:assert/strict';
import { resolveConfig } from '../../server/src/engine/config';
import { lint } from '../../server/src/engine/lint';
import { LineIndex } from '../../server/src/parse/lines';
import { actionItemsSpecific } from '../../server/src/rules/action-items-specific';
import { duplicateSection } from '../../server/src/rules/duplicate-section';
import { emptySection } from '../../server/src/rules/empty-section';
import { sectionOrder } from '../../server/src/rules/section-order';

const rules = [emptySection, duplicateSection, sectionOrder, actionItemsSpecific];

/** "rule-id:line" for every finding, linting `text` as a postmortem under `profile` (section-order, off by default, turned on). */
function findings(text: string, profile = 'standard'): string[] {
  const { config } = resolveConfig(rules, [{ source: 'test', settings: { profile, rules: { 'section-order': 'info' } } }]);
  const lines = new LineIndex(text);
  return lint({ text: `---\ntype: postmortem\n---\n${text}`, config, rules })
    .findings.map((finding) => `${finding.rule}:${lines.position(finding.span.start - '---\ntype: postmortem\n---\n'.length).line + 1}`);
}

describe('structure rules on pseudo-headings and loose nesting', () => {
  it('nests indented pseudo-headings: a root cause in the summary is not a duplicate, a combined heading over its parts is not empty', () => {
    const text = [
      'Issue Summary:',
      '    Duration: 10:00 to 11:00 UTC',
      '    Root Cause:',
      '        A bad config push.',
      'Timeline:',
      '    10:00 - Config pushed.',
      '    10:50 - Rolled back.',
      'Root Cause and Resolution:',
      '',
      '    Root Cause:',
      '        The push skipped validation.',
      '    Resolution:',
      '        The config was rolled back.',
      'Corrective and Preventative Measures:',
      '- Validate configs before every push.',
      '',
    ].join('\n');
    assert.deepEqual(findings(text), []);
  });

  it('takes the parts that follow an empty combined heading as its own, even without indentation', () => {
    const text = [
      '**Issue Summary**',
      'From 10:00 to 11:00 UTC the API failed.',
      '**Root Cause**',
      'A bad config push.',
      '**Timeline**',
      '- 10:00 - Config pushed.',
      '**Root Cause and Resolution**',
      '**Root Cause**',
      'The push skipped validation.',
      '**Resolution**',
      'The config was rolled back.',
      '**Corrective and Preventative Measures**',
      '- Validate configs before every push.',
      '',
    ].join('\n');
    assert.deepEqual(findings(text), []);
  });

  it('reports an empty pseudo-heading section on its line', () => {
    const text = '**Issue Summary:**\nFrom 10:00 to 11:00 UTC the API failed.\n\n**Impact:**\n\n**Timeline:**\n- 10:00 - Config pushed.\n';
    assert.deepEqual(findings(text), ['empty-section:4']);
  });

  it('ignores a list that only names sections (instructions, a table of contents) and a label inside its own section', () => {
    const text = [
      'The report must contain:',
      '- Issue Summary',
      '- Timeline',
      '- Root Cause',
      '',
      '## Issue Summary',
      '',
      'From 10:00 to 11:00 UTC the API failed.',
      '',
      '## Timeline',
      '',
      '- 10:00 - Config pushed.',
      '',
      '**Timeline**',
      '',
      '## Root Cause',
      '',
      'The push skipped validation.',
      '',
    ].join('\n');
    assert.deepEqual(findings(text), []);
  });

  it('reads headings written inside list items as parts of the heading above', () => {
    const text = '## Issue Summary:\n\n- ## Duration:\n\n  10:00 to 11:00 UTC\n\n- ## Impact:\n\n  Every request failed.\n\n## Timeline:\n\n- 10:00 - Config pushed.\n';
    assert.deepEqual(findings(text), []);
  });

  it('orders pseudo-heading sections too', () => {
    const text = 'Corrective and Preventative Measures:\n- Validate configs.\n\nIssue Summary:\nThe API failed.\n\nTimeline:\n- 10:00 - Pushed.\n\nRoot Cause:\nNo validation.\n';
    assert.deepEqual(findings(text), ['section-order:1']);
  });

  it('accepts any published template order under the standard profile, and only the chosen one otherwise', () => {
    const text = '## Summary\n\nx\n\n## Root Causes\n\nx\n\n## Resolution\n\nx\n\n## Action Items\n\n- x\n\n## Timeline\n\n- 10:00 - x\n';
    assert.deepEqual(findings(text), []);
    assert.deepEqual(findings(text, 'holberton'), ['section-order:17']);
  });
});

describe('action-items-specific: forms of a task list', () => {
  const report = (measures: string) => `## Issue Summary\n\nThe API failed.\n\n## Corrective and Preventative Measures\n\n${measures}\n`;

  it('takes bullet characters, a table that lost its line breaks, and one task per line as a list', () => {
    assert.deepEqual(findings(report('&nbsp;&nbsp;•&nbsp;Validate configs.  \n&nbsp;&nbsp;•&nbsp;Page on errors.')), []);
    assert.deepEqual(findings(report('| Action Item | Owner | |---|---| | Validate configs | @ana |')), []);
    assert.deepEqual(findings(report('TODO:\nValidate configs before every push.\nPage on the error rate.')), []);
  });

  it('reports prose, and a paragraph wrapped mid-sentence', () => {
    assert.deepEqual(findings(report('We will be more careful.')), ['action-items-specific:5']);
    assert.deepEqual(findings(report('We will look at how configs are\nvalidated. Some of this may need\nthe platform team.')), ['action-items-specific:5']);
  });

  it('says nothing about an empty section (empty-section does)', () => {
    assert.deepEqual(findings('## Issue Summary\n\nThe API failed.\n\n## Corrective and Preventative Measures\n\n## Lessons Learned\n\nx\n'), ['empty-section:5']);
  });

  it('under google-sre, reads the tasks under a group label, not the label', () => {
    const text = report('- **Short term:**\n  - Validate configs. Owner: @ana, Bug: OPS-1\n  - Page on errors.\n- Add a canary. (owner: @li, #12)');
    assert.deepEqual(findings(text, 'google-sre').filter((finding) => finding.startsWith('action-items')), ['action-items-specific:9']);
  });
});
