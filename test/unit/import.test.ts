/** The timeline importer: each source format on our own fixtures, placing on the document's clock, merging. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importedMarkdown, importInto, type ImportOptions } from '../../server/src/import/index';
import { readRecords } from '../../server/src/import/read';
import type { ImportedEvent } from '../../server/src/import/types';
import { applyFixes } from '../../server/src/engine/fixes';
import { lint } from '../../server/src/engine/lint';
import { resolveConfig } from '../../server/src/engine/config';
import { parsePostmortem } from '../../server/src/parse/parse';
import { rules } from '../../server/src/rules/registry';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'import', name), 'utf8');
const options: ImportOptions = { from: 'auto', zone: undefined, style: undefined, authors: 'keep' };

// Each event as "HH:MM|author|text", the time in UTC for instants and as written for wall-clock times.
function summary(events: readonly ImportedEvent[]): string[] {
  return events.map((event) => {
    const time = 'utcMs' in event.time ? new Date(event.time.utcMs).toISOString().slice(11, 16) : `${String(event.time.local.hour).padStart(2, '0')}:${String(event.time.local.minute).padStart(2, '0')}`;
    return `${time}|${event.author ?? ''}|${event.text}`;
  });
}

describe('reading an incident’s records', () => {
  it('a Slack export: epoch times, names from profiles, markup in words; joins, files and empty messages left out', () => {
    const read = readRecords(fixture('slack-export.json'));
    assert.equal(read.format, 'slack-json');
    assert.deepEqual(summary(read.events), [
      '03:38|Amina Diallo|Checkout is returning 502s for everyone & the alert fired',
      '03:38|PagerDuty|Triggered: checkout-5xx-rate',
      '03:40|Kofi Mensah|The config push lowered the pool size, see the diff',
      '03:41|Kofi Mensah|Paging @lena from the network team',
      '03:53|Amina Diallo|Rolled back; error rate back to baseline',
    ]);
    assert.deepEqual(read.skipped.map((skip) => skip.line), [1, 6]);
  });

  it('text copied from Slack: follow-ups by time alone, day dividers, joins and reactions', () => {
    const read = readRecords(fixture('slack-copied.txt'));
    assert.equal(read.format, 'slack-text');
    assert.deepEqual(summary(read.events), [
      '03:38|Amina Diallo|Checkout is returning 502s for everyone',
      '03:41|Kofi Mensah|The config push lowered the pool size',
      '03:42|Kofi Mensah|Paging the network team',
      '03:53|Amina Diallo|Rolled back; error rate back to baseline',
    ]);
    const first = read.events[0]!.time;
    assert.ok('local' in first && first.local.month === 6 && first.local.day === 3);
  });

  it('keeps a message line that ends in a time inside its message', () => {
    const read = readRecords('Amina Diallo  3:38 AM\nRolled back at 3:52 AM\nKofi Mensah  3:55 AM\nConfirmed, errors are gone\n', 'slack-text');
    assert.deepEqual(summary(read.events), ['03:38|Amina Diallo|Rolled back at 3:52 AM', '03:55|Kofi Mensah|Confirmed, errors are gone']);
  });

  for (const [file, format] of [['teams.txt', 'teams'], ['discord.txt', 'discord']] as const) {
    it(`text copied from ${format}, with the date of each message`, () => {
      const read = readRecords(fixture(file));
      assert.equal(read.format, format);
      assert.deepEqual(summary(read.events).map((line) => line.split('|')[0]), ['03:38', '03:41', '03:53']);
      assert.ok(read.events.every((event) => 'local' in event.time && event.time.local.year === 2025 && event.time.local.month === 6 && event.time.local.day === 3));
    });
  }

  it('an IRC or Matrix log: nicks, actions told with their actor, joins left out', () => {
    const read = readRecords(fixture('irc.log'));
    assert.equal(read.format, 'irc');
    assert.deepEqual(summary(read.events), [
      '03:38|amina|Checkout is returning 502s for everyone',
      '03:39||kofi looks at the proxy dashboards',
      '03:41|kofi|The config push lowered the pool size',
      '03:53|amina|Rolled back; error rate back to baseline',
    ]);
    assert.deepEqual(read.skipped, [{ line: 3, reason: 'a join, a leave or a channel change' }]);
  });

  it('a PagerDuty log as CSV and as JSON, with offsets read as instants', () => {
    assert.deepEqual(summary(readRecords(fixture('pagerduty.csv')).events).map((line) => line.split('|')[0]), ['03:38', '03:39', '03:40', '03:55']);
    const json = readRecords(fixture('pagerduty.json'));
    assert.equal(json.format, 'pagerduty');
    assert.deepEqual(summary(json.events), ['03:38|Datadog|Triggered: checkout-5xx-rate above 5%', '03:40|Amina Diallo|Acknowledged by Amina Diallo', '03:55|Datadog|Resolved by Datadog']);
  });

  it('a CSV with a time column chosen by its header, quotes read, a row without a time left out', () => {
    const read = readRecords(fixture('generic.csv'));
    assert.equal(read.format, 'csv');
    assert.deepEqual(summary(read.events), ['03:30|deploy-bot|Config push: proxy pool size 500 -> 50', '03:38|Amina|Checkout errors reported, "502" everywhere', '03:53|Amina|Rolled back the config']);
    assert.deepEqual(read.skipped, [{ line: 4, reason: '"not a time" is not a time' }]);
  });

  it('git log output, oldest first, with its offsets', () => {
    assert.deepEqual(summary(readRecords(fixture('git-log.txt')).events), ['03:29|Kofi Mensah|Lower the proxy pool size', '03:52|Amina Diallo|Revert "Lower the proxy pool size"']);
  });

  it('says clearly what it could not read', () => {
    assert.throws(() => readRecords(''), /the input is empty/);
    assert.throws(() => readRecords('just some words\nand more words\n'), /not a format the importer knows/);
    assert.throws(() => readRecords('{"name": "not a log"}'), /neither a Slack export/);
    assert.throws(() => readRecords('{"messages": [', 'slack-json'), /the JSON cannot be read/);
    assert.throws(() => readRecords('a,b\n1,2\n', 'csv'), /needs a time column and a text column/);
  });
});

describe('writing and merging imported entries', () => {
  const doc = (text: string) => parsePostmortem(text, 'path');
  const report = [
    '# Checkout outage',
    '',
    '## Issue Summary',
    '',
    'From 11:38 AM to 12:05 PM SGT, checkout failed for 40% of customers.',
    '',
    '## Timeline (all times SGT)',
    '',
    '- 11:30 AM - Config push lowers the proxy pool size.',
    '- 11:41 AM - Kofi: The config push lowered the pool size',
    '- 12:10 PM - Incident closed.',
    '',
  ].join('\n');

  it('writes instants on the document’s clock: its zone and its 12-hour style', () => {
    const { markdown } = importedMarkdown(fixture('slack-export.json'), options, doc(report));
    assert.equal(markdown.split('\n')[0], '- 11:38 AM - Amina Diallo: Checkout is returning 502s for everyone & the alert fired');
  });

  it('converts instants across a daylight-saving change with the zone’s own rules', () => {
    // 2025-03-09 in New York: 2 AM EST becomes 3 AM EDT. Two messages 40 minutes apart either side.
    const log = ['time,message', '2025-03-09T06:40:00Z,Error rate climbs', '2025-03-09T07:20:00Z,Rollback done'].join('\n');
    const { markdown } = importedMarkdown(log, { ...options, zone: 'America/New_York', style: '24h' });
    assert.deepEqual(markdown.trim().split('\n').filter((line) => line.startsWith('- ')), ['- 01:40 - Error rate climbs', '- 03:20 - Rollback done']);
  });

  it('drops names or keeps initials as the team asks', () => {
    const dropped = importedMarkdown(fixture('irc.log'), { ...options, zone: 'UTC', authors: 'drop' }).markdown;
    assert.match(dropped, /^- 03:38 - Checkout is returning/m);
    const initials = importedMarkdown(fixture('slack-export.json'), { ...options, authors: 'initials' }).markdown;
    assert.match(initials, /^- 03:38 - AD: Checkout/m);
    assert.match(initials, /^All times UTC\./);
  });

  it('moves a transcript in another zone onto the document’s clock', () => {
    const { markdown } = importedMarkdown(fixture('irc.log'), { ...options, zone: 'UTC' }, doc(report));
    assert.equal(markdown.split('\n')[0], '- 11:38 AM - amina: Checkout is returning 502s for everyone');
  });

  it('merges in order, skips what is already there, and the result lints clean on the time rules', () => {
    const parsed = doc(report);
    const merged = importInto(parsed, fixture('irc.log'), { ...options, zone: 'UTC' });
    assert.equal(merged.added, 3);
    assert.deepEqual(merged.skipped.find((skip) => skip.reason === 'already in the timeline')?.line, 4);
    const text = applyFixes(report, [{ title: 'import', edits: merged.edits }]).text;
    const timeline = text.split('## Timeline (all times SGT)\n\n')[1]!.trim().split('\n');
    assert.deepEqual(timeline.map((line) => line.slice(2, 10)), ['11:30 AM', '11:38 AM', '11:39 AM', '11:41 AM', '11:53 AM', '12:10 PM']);
    const { config } = resolveConfig(rules, []);
    const timeRules = lint({ text, config }).findings.filter((finding) => /^(?:timestamp|timeline-order|timezone)/.test(finding.rule));
    assert.deepEqual(timeRules, []);
    // Again: nothing new.
    assert.equal(importInto(doc(text), fixture('irc.log'), { ...options, zone: 'UTC' }).added, 0);
  });

  it('says the zone on each entry merged into a timeline that states none', () => {
    const parsed = doc('# Outage\n\n## Timeline\n\n- 03:30 - Config push.\n- 04:10 - Closed.\n');
    const merged = importInto(parsed, fixture('pagerduty.json'), options);
    const text = applyFixes(parsed.text, [{ title: 'import', edits: merged.edits }]).text;
    assert.match(text, /^- 03:38 UTC - Datadog: Triggered/m);
    const { config } = resolveConfig(rules, []);
    assert.ok(!lint({ text, config }).findings.some((finding) => finding.rule === 'timezone-inconsistent' && /03:38/.test(text.slice(finding.span.start, finding.span.end))));
  });

  it('adds a timeline, with its zone, to a report that has none', () => {
    const parsed = doc('# Outage\n\nCheckout failed.\n');
    const merged = importInto(parsed, fixture('pagerduty.json'), options);
    const text = applyFixes(parsed.text, [{ title: 'import', edits: merged.edits }]).text;
    assert.equal(text, '# Outage\n\nCheckout failed.\n\n## Timeline (all times UTC)\n\n- 03:38 - Datadog: Triggered: checkout-5xx-rate above 5%\n- 03:40 - Amina Diallo: Acknowledged by Amina Diallo\n- 03:55 - Datadog: Resolved by Datadog\n');
  });
});
