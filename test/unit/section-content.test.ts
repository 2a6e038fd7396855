import assert from 'node:assert/strict';
import { parsePostmortem } from '../../server/src/parse/parse';
import { proseText } from '../../server/src/parse/prose';
import { givesContentOf, labelledKinds, partOfMissing, timesTold } from '../../server/src/judging/section-content';

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

  it('reads a label inside an HTML paragraph', () => {
    assert.ok(labelledKinds(doc('# Outage\n\n<h3>Summary</h3>\n<p>Root cause: a bug in the server made it crash.</p>\n')).has('root-cause'));
    assert.ok(!labelledKinds(doc('# Outage\n\n```\nRoot cause: in a code block\n```\n')).has('root-cause'));
  });

  it('counts three clock times told anywhere, inline code included, as a chronology', () => {
    const text = '# Outage\n\n## Summary\n\n- v1.1 rolled out `around 20:00 UTC`\n- the chain halted at 21:10 and resumed `around 20:00 UTC` the next day\n';
    assert.ok(givesContentOf(doc(text), proseText(doc(text)), 'timeline'));
    const two = '# Outage\n\n## Summary\n\nIt started at 20:00 and ended at 21:10.\n';
    assert.ok(!givesContentOf(doc(two), proseText(doc(two)), 'timeline'));
  });

  it('says what a template-layout report gives of a missing summary or timeline', () => {
    const text = '# Postmortem\n\nAfter the release, every request to the container running Apache failed with a 500 error for hours.\n\n## Debugging Process\n\n1. Checked the processes.\n2. Ran strace on the worker.\n3. Fixed the typo in the settings.\n';
    const parsed = doc(text);
    assert.equal(partOfMissing(parsed, proseText(parsed), 'summary'), 'the opening paragraph tells what happened but not when it started and ended');
    assert.equal(partOfMissing(parsed, proseText(parsed), 'timeline'), '"Debugging Process" tells the steps in order but not when they happened');
    const bare = doc('# Postmortem\n\n## Root Cause\n\n- one\n- two\n- three\n');
    assert.equal(partOfMissing(bare, proseText(bare), 'summary'), undefined);
    assert.equal(partOfMissing(bare, proseText(bare), 'timeline'), undefined);
  });

  it('finds the times a report tells in passing, not years or block numbers', () => {
    const text = '# Outage\n\nIn 2025 the failure started at approximately 10.16 and was fixed at approximately 11.35.\n\nBlock 1616 was the last. Service was back by 3:01pm.\n\n```\n12:00 log line\n```\n';
    assert.deepEqual(timesTold(doc(text), 5), ['3:01pm', '10.16', '11.35']);
    assert.deepEqual(timesTold(doc('# Outage\n\nVersion 1.12 broke in 2024.\n'), 5), []);
  });

  it('reads tests added against a recurrence, and rules for next time written as a list, as measures', () => {
    const measures = (text: string) => givesContentOf(doc(text), proseText(doc(text)), 'corrective-measures');
    assert.ok(measures('# Bug\n\n## Regression Tests\n\nTwo tests were added so that the misalignment cannot recur.\n'));
    assert.ok(measures('# Outage\n\n_Lessons learned_\n\n- Snapshots must not be older than 7 days.\n- Do not migrate both nodes in the same slot.\n'));
    assert.ok(!measures('# Outage\n\n## What happened\n\n- The node must restart after the upgrade.\n- It restarted at 10:00.\n'));
    // A permanent fix shipped in a release is what changed so it does not recur; a fix deployed is not.
    assert.ok(measures('# Stall\n\n## Resolution\n\nThe bug in the timelord code was fixed and introduced via the 2.2.0 release.\n'));
    assert.ok(measures('# Stall\n\n## Resolution\n\nVersion 2.2.0 was released that included the fix.\n'));
    assert.ok(!measures('# Stall\n\n## Resolution\n\nWe fixed the config file and the fix was deployed at 10:00.\n'));
  });
});
