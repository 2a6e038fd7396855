/** timestamp-style under each setting, its messages and fixes, and fix-all leaving one style. */
import assert from 'node:assert/strict';
import { resolveConfig } from '../../server/src/engine/config';
import { fixAll, lint } from '../../server/src/engine/lint';
import { rules } from '../../server/src/rules/registry';

const configFor = (style?: string) => resolveConfig(rules, style ? [{ source: 't', settings: { timestamps: { style } } }] : []).config;

// A postmortem with every core section, so that only the timeline's times matter.
function postmortem(timeline: string, heading = '## Timeline (all times UTC)'): string {
  return [
    '---',
    'type: postmortem',
    '---',
    '',
    '# Database failover',
    '',
    '## Issue Summary',
    '',
    'Writes failed for forty minutes on March 9, 2024.',
    '',
    heading,
    '',
    timeline.trim(),
    '',
    '## Root Cause',
    '',
    'The primary ran out of connections.',
    '',
    '## Resolution',
    '',
    'The pool was resized.',
    '',
    '## Corrective and Preventative Measures',
    '',
    '- Alert on pool usage.',
    '',
  ].join('\n');
}

function styleFindings(text: string, style?: string) {
  return lint({ text, config: configFor(style) })
    .findings.filter((finding) => finding.rule === 'timestamp-style')
    .map((finding) => ({ at: text.slice(finding.span.start, finding.span.end), message: finding.message, fix: finding.fix?.()?.edits.map((edit) => edit.newText).join('') }));
}

const MIXED = postmortem(`
- 14:00 - Pool exhausted.
- 2:05 PM - Alert fires.
- 14:10 - Failover starts.
- 1420hrs - Failover done.
- 14:40 - Writes back.
`);

describe('timestamp-style', () => {
  it('flags the minority on its own span, naming both styles and the fix', () => {
    assert.deepEqual(styleFindings(MIXED), [
      { at: '2:05 PM', message: '"2:05 PM" is 12-hour, but this timeline uses 24-hour times ("14:05")', fix: '14:05' },
      { at: '1420hrs', message: '"1420hrs" is compact, but this timeline uses clock times ("14:20")', fix: '14:20' },
    ]);
  });

  it('says nothing about a timeline with a single style, or about malformed times', () => {
    assert.deepEqual(styleFindings(postmortem('- 9:00 a.m. - a\n- 9:30 a.m.–9:45 a.m. - b\n- 12:00 noon - c\n- 1 p.m. - d\n')), []);
    assert.deepEqual(styleFindings(postmortem('- 14:00 - a\n- 1: 05 PM - b\n- 14:10 - c\n')), []);
  });

  it('breaks a tie of clocks with the style of the first time, and says so', () => {
    const findings = styleFindings(postmortem('- 2:00 PM - a\n- 14:10 - b\n- 2:20 PM - c\n- 14:30 - d\n'));
    assert.deepEqual(
      findings.map((finding) => [finding.at, finding.fix]),
      [
        ['14:10', '2:10 PM'],
        ['14:30', '2:30 PM'],
      ],
    );
    assert.equal(findings[0]?.message, '"14:10" is 24-hour, but this timeline starts with 12-hour times ("2:10 PM")');
  });

  it('says nothing of markers written half one way and half the other', () => {
    assert.deepEqual(styleFindings(postmortem('- 2:10pm - a\n- 2:30pm - b\n- 2:53PM - c\n- 3:00PM - d\n')), []);
    assert.equal(styleFindings(postmortem('- 2:10pm - a\n- 2:30pm - b\n- 2:53PM - c\n')).length, 1);
  });

  it('flags a different am/pm marker and keeps the zone text', () => {
    assert.deepEqual(styleFindings(postmortem('- 9:00 AM UTC - a\n- 9:30 p.m. UTC - b\n- 10:00 AM UTC - c\n', '## Timeline')), [
      { at: '9:30 p.m.', message: '"9:30 p.m." writes "p.m.", but this timeline uses "PM" ("9:30 PM")', fix: '9:30 PM' },
    ]);
  });

  it('never invents am/pm: a time without it that could be morning or evening gets no fix', () => {
    const [finding] = styleFindings(postmortem('- 9:00 AM - a\n- 9:40 - b\n- 10:00 AM - c\n'));
    assert.equal(finding?.message, '"9:40" has no am/pm, but this timeline uses 12-hour times');
    assert.equal(finding?.fix, undefined);
  });

  describe('with postmortem.timestamps.style set', () => {
    // No incident date: the first entry's date is the only one.
    const TIMELINE = postmortem('- 2024-03-09 23:50 - a\n- 00:05 - b\n- 12:20 AM - c\n- 0030hrs - d\n- 01:10:30 - e\n').replace('on March 9, 2024', 'in spring');

    it('24h: flags every time that is not 24-hour', () => {
      assert.deepEqual(
        styleFindings(TIMELINE, '24h').map((finding) => [finding.at, finding.fix]),
        [
          ['2024-03-09 23:50', undefined], // the date is needed: nothing before it says March 9
          ['12:20 AM', '00:20'],
          ['0030hrs', '00:30'],
        ],
      );
      assert.match(styleFindings(TIMELINE, '24h')[1]!.message, /^"12:20 AM" is 12-hour, but the postmortem\.timestamps\.style setting asks for 24-hour times/);
    });

    it('12h: converts only the times that can only be 24-hour, keeping seconds', () => {
      assert.deepEqual(
        styleFindings(TIMELINE, '12h').map((finding) => [finding.at, finding.fix]),
        [
          ['2024-03-09 23:50', undefined],
          ['00:05', '12:05 AM'],
          ['0030hrs', '12:30 AM'],
          ['01:10:30', undefined], // "01:10:30" may be 1:10 PM written with a zero
        ],
      );
    });

    it('iso: writes the entry’s date, and gives no fix without a year or with the date after the time', () => {
      assert.deepEqual(
        styleFindings(TIMELINE, 'iso').map((finding) => [finding.at, finding.fix]),
        [
          ['00:05', '2024-03-10 00:05'],
          ['12:20 AM', '2024-03-10 00:20'],
          ['0030hrs', '2024-03-10 00:30'],
          ['01:10:30', '2024-03-10 01:10:30'],
        ],
      );
      const noYear = postmortem('- Mar 9\n  - 14:00 - a\n  - 14:10 - b\n').replace('on March 9, 2024', 'in spring');
      assert.deepEqual(
        styleFindings(noYear, 'iso').map((finding) => finding.fix),
        [undefined, undefined],
      );
      assert.deepEqual(
        styleFindings(postmortem('- 13:15 PST 9 march 2024 - a\n- March 9, 2024, 1:20 PM - b\n'), 'iso').map((finding) => finding.fix),
        [undefined, '2024-03-09 13:20'],
      );
    });

    it('12h on a document written wholly on a 24-hour clock converts every time', () => {
      assert.deepEqual(
        styleFindings(postmortem('- 09:40 - a\n- 13:10 - b\n- 9:55 - c\n'), '12h').map((finding) => finding.fix),
        ['9:40 AM', '1:10 PM', '9:55 AM'],
      );
    });
  });

  it('fix-all on a mixed timeline leaves one style, and a second run changes nothing', () => {
    const text = postmortem(`
- 2024-03-09 13:50 - Deploy.
- 14:00 - Pool exhausted.
- 2:05 p.m. - Alert fires.
- 14:10–2:25 PM - Failover.
- 1430hrs - Writes back.
- 2:40:15 PM - Incident closed.
`);
    const config = configFor();
    const once = fixAll({ text, config }).text;
    assert.equal(
      once,
      postmortem(`
- 2024-03-09 13:50 - Deploy.
- 14:00 - Pool exhausted.
- 14:05 - Alert fires.
- 14:10–14:25 - Failover.
- 14:30 - Writes back.
- 14:40:15 - Incident closed.
`),
    );
    assert.deepEqual(styleFindings(once), []);
    assert.equal(fixAll({ text: once, config }).text, once);
  });
});
