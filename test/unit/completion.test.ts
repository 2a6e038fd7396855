import assert from 'node:assert/strict';
import { completeSectionHeadings, headingPrefix } from '../../server/src/features/completion';
import { parsePostmortem } from '../../server/src/parse/parse';

const GOOGLE_STYLE = ['# DNS rollout', '', '## Summary', '', 'Text.', '', '## Impact', '', 'Text.', '', '## ', '', '## Timeline', '', '- 09:00 UTC - Rollout starts.', ''].join('\n');

function labels(profile: Parameters<typeof completeSectionHeadings>[1]): string[] {
  const doc = parsePostmortem(GOOGLE_STYLE, 'headings');
  return completeSectionHeadings(doc, profile, headingPrefix('## ')!, { line: 10, character: 3 }).map((item) => String(item.label));
}

describe('heading completion per profile', () => {
  it("offers the google-sre template's missing sections with its headings, in its order", () => {
    assert.deepEqual(labels('google-sre'), [
      '## Root Causes',
      '## Trigger',
      '## Resolution',
      '## Detection',
      '## Action Items',
      '## Lessons Learned',
    ]);
  });

  it("offers the holberton template's combined section, and the standard profile's separate ones", () => {
    assert.deepEqual(labels('holberton').slice(0, 2), ['## Root Cause and Resolution', '## Corrective and Preventative Measures']);
    assert.deepEqual(labels('standard').slice(0, 3), ['## Root Cause', '## Resolution', '## Corrective and Preventative Measures']);
  });
});
