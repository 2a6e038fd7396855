/**
 * The timezone rules where the fixture harness cannot reach: pseudo-headings (an `expect` comment on
 * their line would stop them being headings), the configured timezone, and the unknown-zone scanner.
 */
import assert from 'node:assert/strict';
import { resolveConfig } from '../../server/src/engine/config';
import { fixAll, lint } from '../../server/src/engine/lint';
import { rules } from '../../server/src/rules/registry';
import { findUnknownZonesInParentheses, findZones, readOffsetAfter, readUnknownZoneAfter, resolveZoneName } from '../../server/src/time/zone';

const TAIL = ['', '## Root Cause', '', 'A bad config.', '', '## Resolution', '', 'Reverted.', '', '## Corrective and Preventative Measures', '', '- Lint configs.', ''];

function configWith(timezone?: string) {
  return resolveConfig(rules, timezone === undefined ? [] : [{ source: 'test', settings: { timezone } }]).config;
}

function findings(text: string, rule: string, timezone?: string) {
  return lint({ text, config: configWith(timezone) }).findings.filter((finding) => finding.rule === rule);
}

function doc(summary: string, heading: string, entries = ['- 10:00 - Deploy starts.', '- 10:30 - Rolled back.']): string {
  return ['# Outage', '', '## Issue Summary', '', summary, '', heading, '', ...entries, ...TAIL].join('\n');
}

describe('timezone-missing', () => {
  it('points at the timeline whose entries have times, not a table of dates above it', () => {
    const text = [
      '# Host crashes', '', '## Summary', '', 'The host crashed for two weeks.', '', '## Timeline', '',
      '| Date | Event |', '| --- | --- |', '| Jan 4, 2026 | First crashes |', '| Jan 7, 2026 | Drive failing |', '',
      '## Post-fix status', '', '**Timeline**:', '', '1. Drive removed.', '2. **CPU core 4 disabled** (2026-01-19 11:35)', '3. **System crashed again at ~15:47**', ...TAIL,
    ].join('\n');
    const [finding, ...others] = findings(text, 'timezone-missing');
    assert.deepEqual(others, []);
    assert.equal(text.slice(0, finding!.span.start).split('\n').length, 16);
  });

  for (const [heading, fixed] of [
    ['**Timeline:**', '**Timeline (all times IST):**'],
    ['**Timeline**:', '**Timeline (all times IST)**:'],
    ['Timeline:', 'Timeline (all times IST):'],
    ['## **Timeline**', '## **Timeline (all times IST)**'],
    ['* Timeline', '* Timeline (all times IST)'],
    ['## Timeline (all times)', '## Timeline (all times IST)'],
  ]) {
    it(`adds the summary's zone to "${heading}"`, () => {
      const text = doc('Checkout failed for half an hour. Our times are IST; the card network reports in UTC.', heading);
      const [finding, ...others] = findings(text, 'timezone-missing');
      assert.deepEqual(others, []);
      assert.equal(finding!.message, 'The timeline has times but does not say which timezone they are in: the summary says IST; say it in the timeline too.');
      assert.equal(text.slice(finding!.span.start, finding!.span.end), heading.replace(/^[#* ]+|[*:]+$/g, ''));
      const result = fixAll({ text, config: configWith() }).text;
      assert.ok(result.includes(`\n${fixed}\n`), result);
      assert.deepEqual(findings(result, 'timezone-missing'), []);
    });
  }

  it('offers the configured timezone when the summary names none, and says so', () => {
    const text = doc('Checkout failed for half an hour.', '## Timeline');
    const [finding] = findings(text, 'timezone-missing', 'Europe/Paris');
    assert.match(finding!.message, /if they are in Europe\/Paris \(the configured timezone\), say so in the heading/);
    const result = fixAll({ text, config: configWith('Europe/Paris') }).text;
    assert.ok(result.includes('\n## Timeline (all times Europe/Paris)\n'));
    assert.deepEqual(findings(result, 'timezone-missing', 'Europe/Paris'), []);
  });

  it("prefers the summary's zone and mentions a configured zone of another family", () => {
    const text = doc('Checkout failed for half an hour. Our times are PT; the card network reports in UTC.', '## Timeline');
    const [finding] = findings(text, 'timezone-missing', 'UTC+3');
    assert.equal(finding!.message, 'The timeline has times but does not say which timezone they are in: the summary says PT; say it in the timeline too (the configured timezone is UTC+03:00).');
    assert.equal(finding!.fix!()!.edits[0]!.newText, ' (all times PT)');
    assert.doesNotMatch(findings(text, 'timezone-missing', 'PST')[0]!.message, /configured/);
  });

  it('offers no fix when neither the summary nor the settings name a zone', () => {
    const [finding] = findings(doc('Checkout failed.', '## Timeline'), 'timezone-missing');
    assert.equal(finding!.fix, undefined);
  });

  it('stays silent when the summary states the zone and the timeline runs in its window, or a few hours around it', () => {
    const elsewhere = ['', '## Root Cause', '', 'The vendor rotated a key at 14:00 CET.', ''];
    assert.deepEqual(findings(doc('From 9:55 to 10:40 UTC, checkout failed.', '## Timeline', ['- 9:40 - Deploy starts.', '- 10:40 - Rolled back.', ...elsewhere]), 'timezone-missing'), []);
    assert.deepEqual(findings(doc('Checkout failed from 11:50 PM to 12:20 AM WAT.', '## Timeline', ['- 11:30 PM - Deploy starts.', '- 1:15 AM - Postmortem review booked.', ...elsewhere]), 'timezone-missing'), []);
    assert.deepEqual(findings(doc('Checkout failed from May 3, 10:00 PM UTC to May 5, 9:00 AM UTC.', '## Timeline', ['- 2:00 PM - Cache warmed.', ...elsewhere]), 'timezone-missing'), []);
  });

  it('stays silent when the document names one zone, wherever it does', () => {
    assert.deepEqual(findings(doc('Checkout failed for half an hour.', '## Timeline', ['- 10:00 - Deploy starts.', '- 10:30 - Rolled back.', '', '## Notes', '', 'The deploy window is 10:00 Nairobi time.']), 'timezone-missing'), []);
  });

  it("says so, without a fix, when the timeline's times are not in the summary's window", () => {
    const [finding, ...others] = findings(doc('From 02:00 to 02:30 UTC, checkout failed.', '## Timeline', ['- 08:00 - Deploy starts.', '- 08:30 - Rolled back.']), 'timezone-missing');
    assert.deepEqual(others, []);
    assert.equal(finding!.message, "The timeline has times but does not say which timezone they are in, and they are not in the summary's window (02:00–02:30 UTC): say which zone they are in, in the heading.");
    assert.equal(finding!.fix, undefined);
  });

  it('takes the zone every timed sub-heading states as the timeline\'s', () => {
    const subHeadings = ['### 10:00-10:20 UTC: Deploy', '', '- 10:00 - Deploy starts.', '', '### 10:20-11:00 UTC: Rollback', '', '- 10:30 - Rolled back.'];
    assert.deepEqual(findings(doc('Checkout failed; the Paris office (CET) saw it first.', '## Timeline', subHeadings), 'timezone-missing'), []);
    const oneWithout = ['### 10:00-10:20 UTC: Deploy', '', '- 10:00 - Deploy starts.', '', '### 10:20-11:00: Rollback', '', '- 10:30 - Rolled back.'];
    assert.equal(findings(doc('Checkout failed; the Paris office (CET) saw it first.', '## Timeline', oneWithout), 'timezone-missing').length, 1);
  });
});

describe('timezone-unknown', () => {
  it('names the likely zone: the closest abbreviation, same first letter, then the family', () => {
    const messages = (zone: string) => findings(doc('Checkout failed.', '## Timeline', [`- 10:00 ${zone} - Deploy starts.`]), 'timezone-unknown').map((finding) => finding.message);
    assert.deepEqual(messages('PCT'), ['"PCT" is not a timezone anyone can resolve; did you mean PT (Pacific Time)?']);
    assert.deepEqual(messages('GTM'), ['"GTM" is not a timezone anyone can resolve; did you mean GMT (Greenwich Mean Time)?']);
    assert.deepEqual(messages('PTS'), ['"PTS" is not a timezone anyone can resolve; did you mean PT (Pacific Time)?']);
    assert.deepEqual(messages('EDST'), ['"EDST" is not a timezone anyone can resolve; did you mean EST (Eastern Time)?']);
    assert.deepEqual(messages('QQQ'), ['"QQQ" is not a timezone anyone can resolve; name it as UTC, an offset such as UTC+2, or an abbreviation such as PT.']);
  });
});

describe('timezone-season', () => {
  const season = (summary: string, entries?: string[]) => findings(doc(summary, '## Timeline', entries), 'timezone-season').map((finding) => finding.message);

  it('knows the days the clocks change, by the region\'s own rules for the year', () => {
    // In 2024 the US left daylight time on Sunday 3 November.
    assert.equal(season('On 2 November 2024, from 10:00 to 10:30 EST, checkout failed.').length, 1);
    assert.deepEqual(season('On 3 November 2024, from 10:00 to 10:30 EST, checkout failed.'), []);
    assert.deepEqual(season('On 14 January 2025, from 10:00 to 10:30 PDT, checkout failed.'), [
      '"PDT" is the US West Coast\'s daylight time, but on 14 January 2025 it kept standard time, PST: readers who convert "PDT" are an hour off. Write PST, or PT for the local clock.',
    ]);
  });

  it('reads an entry by its own date, says each name once, and leaves names without a season', () => {
    const entries = ['- 2024-03-09 23:50 EST - Deploy starts.', '- 2024-03-10 10:30 EST - Rolled back.', '- 2024-03-10 11:00 EST - Service restored.'];
    assert.equal(season('Checkout failed for an hour.', entries).length, 1, 'EST on 9 March is right; on 10 March it is said once');
    assert.deepEqual(season('On 8 July 2024, from 10:00 to 10:30 MST, checkout failed.'), [], 'Arizona keeps MST');
    assert.deepEqual(season('On 8 July 2024, from 10:00 to 10:30 ET, checkout failed.'), []);
    assert.deepEqual(season('From 10:00 to 10:30 EST, checkout failed.'), [], 'no date');
  });
});

describe('timezone-inconsistent', () => {
  it('says how it read an ambiguous abbreviation', () => {
    const text = doc('From 10:00 to 10:30 CST, checkout failed.', '## Timeline (all times UTC)');
    assert.deepEqual(
      findings(text, 'timezone-inconsistent').map((finding) => finding.message),
      ['The summary gives its times in CST (read as Central Time), but the timeline says UTC: use one zone, or give both side by side.'],
    );
  });

  it('accepts an offset the zone keeps for part of the year, and a summary that also names the timeline zone', () => {
    assert.deepEqual(findings(doc('From 09:00 to 10:00 UTC-5, checkout failed.', '## Timeline (all times EST)'), 'timezone-inconsistent'), []);
    assert.deepEqual(findings(doc('From 09:00 to 10:00 UTC-4, checkout failed.', '## Timeline (all times ET)'), 'timezone-inconsistent'), []);
    assert.deepEqual(findings(doc('Users in Europe (CET) saw errors from 10:00 to 11:00 UTC.', '## Timeline (all times UTC)'), 'timezone-inconsistent'), []);
    assert.equal(findings(doc('From 09:00 to 10:00 UTC-7, checkout failed.', '## Timeline (all times EST)'), 'timezone-inconsistent').length, 1);
  });
});

describe('zone reader: places and offsets', () => {
  it('reads the legacy IANA aliases Intl resolves ("US/Pacific")', () => {
    assert.deepEqual(findZones('(All times US/Pacific, 24-hour clock.)', 0).map((zone) => zone.zone), ['US/Pacific']);
  });

  it('reads a spelled-out zone written with hyphens ("West-Africa-Time")', () => {
    assert.deepEqual(findZones('all times in West-Africa-Time', 0).map((zone) => zone.zone), ['Africa/Lagos']);
  });

  const zones = (text: string) => findZones(text).map((zone) => [zone.raw, zone.zone]);

  it('reads any IANA city before "time", in any case, with spaces for underscores', () => {
    assert.deepEqual(zones('All times are Lisbon time.'), [['Lisbon time', 'Europe/Lisbon']]);
    assert.deepEqual(zones('(in mexico city time)'), [['mexico city time', 'America/Mexico_City']]);
    assert.deepEqual(zones('we paged the team at 3 AM Los Angeles Time'), [['Los Angeles Time', 'America/Los_Angeles']]);
    assert.deepEqual(zones('times below are in Dar es Salaam time'), [['Dar es Salaam time', 'Africa/Dar_es_Salaam']]);
  });

  it('reads countries and regions that keep one zone, and their adjectives', () => {
    assert.deepEqual(zones('Rwandan time'), [['Rwandan time', 'Africa/Kigali']]);
    assert.deepEqual(zones('Uganda time'), [['Uganda time', 'Africa/Kampala']]);
    assert.deepEqual(zones('India time'), [['India time', 'Asia/Kolkata']]);
    assert.deepEqual(zones('New Jersey time'), [['New Jersey time', 'America/New_York']]);
    assert.equal(resolveZoneName('Nigerian time'), 'Africa/Lagos');
  });

  it('leaves phrases that only end in "time"', () => {
    for (const text of ['at the same time', 'in real time', 'response time', 'over Christmas time', 'wake time', 'down time', 'the first time']) assert.deepEqual(zones(text), [], text);
  });

  it('reads UTC or GMT with a sign as an offset, and a sign with a space after it as a dash', () => {
    assert.deepEqual(zones('(UTC-5)'), [['UTC-5', 'UTC-05:00']]);
    assert.deepEqual(zones('GMT+3'), [['GMT+3', 'UTC+03:00']]);
    assert.deepEqual(zones('UTC+05:30'), [['UTC+05:30', 'UTC+05:30']]);
    assert.deepEqual(zones('UTC -4'), [['UTC -4', 'UTC-04:00']]);
    assert.deepEqual(zones('4:00 PM UTC - 6:00 PM UTC'), [['UTC', 'UTC'], ['UTC', 'UTC']]);
    assert.deepEqual(zones('4:00 PM UTC -6:00 PM UTC'), [['UTC', 'UTC'], ['UTC', 'UTC']]);
    // A plus may stand apart ("GMT + 1"); a minus with a space after it stays a dash ("UTC - 5 users reported").
    assert.deepEqual(zones('13:00 GMT + 1 30 August 2021'), [['GMT + 1', 'UTC+01:00']]);
    assert.deepEqual(zones('10:00 UTC - 5 users reported'), [['UTC', 'UTC']]);
    assert.deepEqual(zones('4:00 PM UTC + 6:00 PM UTC'), [['UTC', 'UTC'], ['UTC', 'UTC']]);
  });

  it('reads a bare offset only right after a time: four digits, or hh:mm after "+" or glued to seconds', () => {
    const after = (text: string, index: number) => readOffsetAfter(text, index)?.zone;
    assert.equal(after('09:12 -0500', 5), 'UTC-05:00');
    assert.equal(after('09:12 +1000', 5), 'UTC+10:00');
    assert.equal(after('09:12 +09:30', 5), 'UTC+09:30');
    assert.equal(after('09:12:30-03:00', 8), 'UTC-03:00');
    assert.equal(after('09:12 -10:00', 5), undefined, 'a range');
    assert.equal(after('09:12 - 0500', 5), undefined);
    assert.equal(after('09:12 +1530', 5), undefined, 'past any offset');
    assert.equal(after('09:12 -0517', 5), undefined, 'minutes no zone keeps');
  });
});

describe('unknown zone scanner', () => {
  const after = (line: string) => {
    const time = /\d{1,2}:\d{2}(?: ?[AaPp]\.?[Mm]\.?)?/.exec(line)!;
    return readUnknownZoneAfter(line, time.index + time[0].length)?.raw;
  };

  it('reads a word where a zone ends the time', () => {
    for (const line of ['10:00 PCT - deploy', '10:00 (PCT) deploy', '10:00 PCT', '**10:00 PCT**: deploy', '11:58 a.m. PCT.', '10:00 PCT: deploy', '10:00 ETS, then', '| 10:00 PCT | deploy |']) {
      assert.ok(after(line) !== undefined, line);
    }
  });

  it('leaves words that start the entry, known zones, and words that are not zones', () => {
    for (const line of ['09:00 DNS records updated', '09:00 DNS: records updated', '09:00 DNS, CDN and LB updated', '10:00 UTC - x', '10:00 HST - x', '10:00 AM - x', '10:00 HRS - x', '10:00 PCTs down', '10:00 Pct - x', '10:00 (DNS records)']) {
      assert.equal(after(line), undefined, line);
    }
  });

  it('reads a zone in a heading\'s parentheses, not other words there', () => {
    const words = (heading: string) => findUnknownZonesInParentheses(heading).map((zone) => zone.raw);
    assert.deepEqual(words('## Timeline (all times PCT)'), ['PCT']);
    assert.deepEqual(words('## Timeline (in PCT)'), ['PCT']);
    assert.deepEqual(words('## Timeline (PCT)'), ['PCT']);
    assert.deepEqual(words('## Timeline (all times are in PCT, approximate)'), ['PCT']);
    assert.deepEqual(words('## Timeline (via the SRE team)'), []);
    assert.deepEqual(words('## Timeline (all times UTC)'), []);
    assert.deepEqual(words('## Timeline (all times MSK)'), []);
  });
});
