import assert from 'node:assert/strict';
import { parsePostmortem } from '../../server/src/parse/parse';
import { givesContentOf, labelledKinds } from '../../server/src/rules/shared/section-content';

const doc = (text: string) => parsePostmortem(text, 'headings');

describe('section content without its heading', () => {
  it('reads labelled paragraphs, not labelled list items, as their sections', () => {
    const kinds = labelledKinds(doc('# Outage\n\nRoot cause: the disk filled up.\n\n- **Resolution:** we cleaned it.\n'));
    assert.ok(kinds.has('root-cause'));
    assert.ok(!kinds.has('resolution'));
  });

  it('reads "Duration:" and "Impact:" items as the summary, and an unlabelled opening with times', () => {
    assert.ok(labelledKinds(doc('# Outage\n\n## The long night\n\n- **Duration:** 2 hours\n- **Impact:** 40% of users\n')).has('summary'));
    assert.ok(labelledKinds(doc('# Outage\n\nFrom 10:00 to 11:00 UTC the API failed for all users.\n\n## Timeline\n\n- 10:00 x\n')).has('summary'));
  });

  it('finds a cause, a fix, measures and time-led lines anywhere in the prose', () => {
    const text = '# Outage\n\nIt broke because a certificate expired. We renewed it and service was restored.\n\nGoing forward we will alert on expiry.\n\n## What we saw\n\n09:00 errors\n09:10 alert\n09:40 restored\n';
    const parsed = doc(text);
    for (const kind of ['root-cause', 'resolution', 'corrective-measures', 'timeline'] as const) assert.ok(givesContentOf(parsed, text, kind), kind);
    assert.ok(!givesContentOf(doc('# Outage\n\nIt broke.\n'), '# Outage\n\nIt broke.\n', 'root-cause'));
    assert.ok(givesContentOf(doc('# Outage\n'), 'Action point: alert on certificate expiry.\n', 'corrective-measures'));
  });
});
