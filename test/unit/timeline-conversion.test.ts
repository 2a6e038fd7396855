/** Converting a timeline to another zone, and the one minimal edit between two texts. */
import assert from 'node:assert/strict';
import { resolveConfig } from '../../server/src/engine/config';
import { readIncidentClock } from '../../server/src/engine/incident-clock';
import { fixAll, lint } from '../../server/src/engine/lint';
import { changedSpan } from '../../server/src/engine/text-change';
import { conversionTargets, convertTimeline, type ConversionTarget } from '../../server/src/engine/timeline-conversion';
import { parsePostmortem } from '../../server/src/parse/parse';
import { rules } from '../../server/src/rules/registry';

const UTC: ConversionTarget = { zone: 'UTC', label: 'UTC', reason: 'utc' };

function convert(text: string, target: ConversionTarget, timezone?: string) {
  const doc = parsePostmortem(text, 'front-matter');
  return convertTimeline(doc, readIncidentClock(doc, { timezone }), target);
}

describe('convertTimeline', () => {
  it('converts a 12-hour Pacific timeline to UTC across the spring-forward change, keeping its style', () => {
    const text = [
      '# Payments outage, March 10, 2024',
      '',
      '## Timeline (all times Pacific Time)',
      '',
      '- 1:10 AM - Nightly batch starts',
      '- 1:40 AM - Outage begins',
      '- 3:20 AM - Batch throttled',
      '- 4:00 am - typed in lower case',
      '',
    ].join('\n');
    const converted = convert(text, UTC);
    assert.equal(
      converted?.text,
      [
        '# Payments outage, March 10, 2024',
        '',
        '## Timeline (all times UTC)',
        '',
        '- 9:10 AM - Nightly batch starts',
        '- 9:40 AM - Outage begins',
        '- 10:20 AM - Batch throttled',
        '- 11:00 AM - typed in lower case',
        '',
      ].join('\n'),
    );
    assert.equal(converted?.movedDays, 0);
  });

  it('keeps 24-hour padding, seconds, ranges and compact times, and replaces zones written on entries', () => {
    const text = ['# DB failover 2024-07-02', '', '## Timeline (UTC)', '', '- 09:05:30 - Outage begins', '- 10:00–10:20 - Failover', '- 1405 UTC - Paged', '- 14:20Z - Fixed', ''].join('\n');
    const converted = convert(text, { zone: 'Europe/Paris', label: 'Europe/Paris', reason: 'settings' });
    assert.equal(
      converted?.text,
      ['# DB failover 2024-07-02', '', '## Timeline (Europe/Paris)', '', '- 11:05:30 - Outage begins', '- 12:00–12:20 - Failover', '- 1605 Europe/Paris - Paged', '- 16:20 Europe/Paris - Fixed', ''].join('\n'),
    );
  });

  it('adds "(all times <zone>)" to the heading when the timeline states no zone of its own', () => {
    const text = '# Outage\n\n## Summary\n\nDown from 10:00 to 11:00 UTC+05:30.\n\n## Timeline\n\n- 10:00 - Outage begins\n- 11:00 - Fixed\n';
    const converted = convert(text, UTC);
    assert.equal(converted?.text, text.replace('## Timeline\n', '## Timeline (all times UTC)\n').replace('- 10:00', '- 04:30').replace('- 11:00', '- 05:30'));
  });

  it('replaces a zone given with its alternatives, and adds the zone inside a heading\'s closing markup', () => {
    const dated = '# Outage 2024-01-10\n\n## Timeline (all times PST/PDT)\n\n- 10:00 - Outage begins\n';
    assert.equal(convert(dated, UTC)?.text, '# Outage 2024-01-10\n\n## Timeline (all times UTC)\n\n- 18:00 - Outage begins\n');
    for (const [heading, converted] of [
      ['**Timeline**', '**Timeline (all times UTC)**'],
      ['### Timeline:', '### Timeline (all times UTC):'],
    ]) {
      const text = `# Outage 2024-01-10\n\n${heading}\n\n- 10:00 - Outage begins\n\n## Root cause\n\nA bug.\n`;
      assert.equal(convert(text, UTC, 'UTC+02:00')?.text, text.replace(heading, converted!).replace('10:00', '08:00'));
    }
  });

  it('rewrites a heading\'s "(all times …)" whose zone cannot be read, instead of adding a second one', () => {
    const text = '# Outage 2024-01-10\n\n## Summary\n\nDown from 10:00 to 11:00 PST.\n\n## Timeline (all times PCT)\n\n- 10:00 - Outage begins\n';
    assert.equal(convert(text, UTC)?.text, text.replace('(all times PCT)', '(all times UTC)').replace('- 10:00', '- 18:00'));
  });

  it('needs no date for zones whose offset never changes, and counts entries that move to another day', () => {
    const text = '## Timeline (UTC)\n\n- Oct 29\n  - 22:00 - Outage begins\n  - 23:50 - Paged\n';
    const converted = convert(text, { zone: 'Asia/Kolkata', label: 'IST', reason: 'summary' });
    assert.equal(converted?.text, '## Timeline (IST)\n\n- Oct 29\n  - 03:30 - Outage begins\n  - 05:20 - Paged\n');
    assert.equal(converted?.movedDays, 2);
    assert.equal(converted?.writesDays, true);
  });

  it('is not possible without a year when a zone changes its offset, or with a time it cannot read', () => {
    assert.equal(convert('## Timeline (PT)\n\n- Oct 29\n  - 10:00 - Outage begins\n', UTC), undefined);
    assert.equal(convert('## Timeline (UTC)\n\n- 10:00 - Outage begins\n', { zone: 'Europe/Paris', label: 'CET', reason: 'summary' }), undefined);
    assert.equal(convert('# Outage 2024-01-02\n\n## Timeline (CET)\n\n- 10:00 - Outage begins\n- 25:10 - typo\n', UTC), undefined);
    assert.equal(convert('# Outage 2024-01-02\n\n## Timeline\n\n- 10:00 - Outage begins\n', UTC), undefined);
  });

  it('uses the settings zone when the document states none', () => {
    const converted = convert('# Outage 2024-01-02\n\n## Timeline\n\n- 10:00 - Outage begins\n', UTC, 'Europe/Paris');
    assert.equal(converted?.text, '# Outage 2024-01-02\n\n## Timeline (all times UTC)\n\n- 09:00 - Outage begins\n');
  });
});

describe('conversionTargets', () => {
  const doc = (text: string) => parsePostmortem(text, 'front-matter');

  it('offers UTC, the setting and the summary zone, each once and never the timeline own zone', () => {
    const text = '# Outage\n\n## Summary\n\nFrom 10:00 to 11:00 EAT.\n\n## Timeline (PT)\n\n- 10:00 - x\n';
    assert.deepEqual(
      conversionTargets(doc(text), { timezone: 'Europe/Paris' }).map((target) => [target.label, target.reason]),
      [
        ['UTC', 'utc'],
        ['Europe/Paris', 'settings'],
        ['EAT', 'summary'],
      ],
    );
    assert.deepEqual(
      conversionTargets(doc(text.replace('(PT)', '(GMT)')), { timezone: 'UTC' }).map((target) => target.label),
      ['EAT'],
    );
    assert.deepEqual(
      conversionTargets(doc(text.replace('EAT', 'Pacific time')), { timezone: 'America/Los_Angeles' }).map((target) => target.label),
      ['UTC'],
    );
  });
});

describe('changedSpan', () => {
  it('replaces only from the first changed character to the last', () => {
    assert.deepEqual(changedSpan('- 1: 55 PM - x\n- 2:00 PM - y', '- 1:55 PM - x\n- 2:00 PM - y'), { span: { start: 4, end: 5 }, newText: '' });
    assert.deepEqual(changedSpan('abc', 'abXc'), { span: { start: 2, end: 2 }, newText: 'X' });
    assert.equal(changedSpan('same', 'same'), undefined);
  });

  it('never cuts a surrogate pair or a CRLF in two', () => {
    assert.deepEqual(changedSpan('a\uD83D\uDE00b', 'a\uD83D\uDE01b'), { span: { start: 1, end: 3 }, newText: '\uD83D\uDE01' });
    assert.deepEqual(changedSpan('a\r\nb', 'a\nb'), { span: { start: 1, end: 3 }, newText: '\n' });
  });
});

describe('fixAll with the editor findings and a rules filter', () => {
  const { config } = resolveConfig(rules, []);
  const text = '# Outage\n\n## Timeline (UTC)\n\n- 1: 55 PM - Outage begins\n- 2:10 PM - Fixed\n\n## Root cause\n\nA bug.\n';

  it('starts from the findings it is given, and fixes only what the given rules report', () => {
    const timeRules = rules.filter((rule) => rule.tags.includes('time'));
    const findings = lint({ text, config, rules: timeRules }).findings;
    const result = fixAll({ text, config, rules: timeRules }, { findings });
    assert.equal(result.text, text.replace('1: 55 PM', '1:55 PM'));
    // required-sections is not a time rule: its missing sections are not added.
    assert.ok(!result.text.includes('## Resolution'));
    assert.ok(fixAll({ text, config }).text.includes('## Resolution'));
  });
});
