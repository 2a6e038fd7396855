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

  it('under auto, offers what the layout the report follows still lacks', () => {
    // Summary, Impact and a Timeline: one mark of Google's family is not enough, so the standard core.
    assert.deepEqual(labels('auto').slice(0, 3), ['## Root Cause', '## Resolution', '## Corrective and Preventative Measures']);
    const google = parsePostmortem(GOOGLE_STYLE.replace('## Impact', '## Impact\n\nText.\n\n## Detection'), 'headings');
    const offered = completeSectionHeadings(google, 'auto', headingPrefix('## ')!, { line: 10, character: 3 }).map((item) => String(item.label));
    // Impact and Detection mark Google's family; with no cause section yet, its core asks for the action items first.
    assert.deepEqual(offered.slice(0, 2), ['## Action Items', '## Root Cause']);
  });
});
