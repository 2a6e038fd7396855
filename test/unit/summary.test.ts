/** The summary reader: the window (messy times, dates, zones), the stated duration, quantified impact, the root cause; and the timeline's recovery entry. */
import assert from 'node:assert/strict';
import { resolveConfig } from '../../server/src/engine/config';
import { describesRecovery, outageEnd, readIncidentClock } from '../../server/src/engine/incident-clock';
import { fixAll, lint } from '../../server/src/engine/lint';
import { parsePostmortem } from '../../server/src/parse/parse';
import { describeMinutes, parseDurationAt, windowLength } from '../../server/src/parse/summary/index';
import type { SummaryFacts, SummaryTime } from '../../server/src/parse/types';
import { rules } from '../../server/src/rules/registry';

/** The summary of a report whose Issue Summary is `summary`. */
function summaryOf(summary: string, rest = '\n## Timeline\n\n- 10:00 - Alert fires\n'): SummaryFacts | undefined {
  return parsePostmortem(`# Outage\n\n## Issue Summary\n\n${summary}\n${rest}`, 'front-matter').summary;
}

/** [time, date, zone] as written, for one end of the window. */
function written(time: SummaryTime | undefined): [string, string | undefined, string | undefined] | undefined {
  return time && [time.timestamp.raw, time.date?.raw, time.zone?.raw];
}

function windowOf(summary: string): [ReturnType<typeof written>, ReturnType<typeof written>] {
  const facts = summaryOf(summary)!;
  return [written(facts.start), written(facts.end)];
}

describe('readSummary: the window', () => {
  it('reads "from … to …", with the zone after the end applying to both', () => {
    assert.deepEqual(windowOf('From 12:27 AM to 2:34 PM PT, every checkout failed.'), [
      ['12:27 AM', undefined, 'PT'],
      ['2:34 PM', undefined, 'PT'],
    ]);
  });

  it('reads "between … and …" and a zone in parentheses', () => {
    assert.deepEqual(windowOf('Between 10:00 and 11:30 (UTC) the API returned errors.'), [
      ['10:00', undefined, 'UTC'],
      ['11:30', undefined, 'UTC'],
    ]);
  });

  it('reads a date before the window for both ends', () => {
    assert.deepEqual(windowOf('On March 9, 2024, from 14:05 to 15:20 (UTC), search was down.'), [
      ['14:05', 'March 9, 2024', 'UTC'],
      ['15:20', 'March 9, 2024', 'UTC'],
    ]);
    assert.deepEqual(windowOf('On March 9, 2024 the site was down from 14:05 to 15:20.'), [
      ['14:05', 'March 9, 2024', undefined],
      ['15:20', 'March 9, 2024', undefined],
    ]);
  });

  it('reads the sloppy forms authors type: "12:30 p.m", "2:30 a.m", "11:05 Am", "6PM"', () => {
    assert.deepEqual(windowOf('From 12:30 p.m to 2:30 a.m the queue stalled.'), [
      ['12:30 p.m', undefined, undefined],
      ['2:30 a.m', undefined, undefined],
    ]);
    assert.deepEqual(windowOf('Between 11:05 Am and 6PM GMT, logins failed.'), [
      ['11:05 Am', undefined, 'GMT'],
      ['6PM', undefined, 'GMT'],
    ]);
  });

  it('reads start and end told as events: "started at …", "restored at …"', () => {
    assert.deepEqual(windowOf('The outage started at 3:05 PM. Service was restored at 4:40 PM ET.'), [
      ['3:05 PM', undefined, 'ET'],
      ['4:40 PM', undefined, 'ET'],
    ]);
    assert.deepEqual(windowOf('At 3:00 PM the release went out; pages were stale until 5:01 PM.'), [
      ['3:00 PM', undefined, undefined],
      ['5:01 PM', undefined, undefined],
    ]);
  });

  it('counts the windows it states: two tell several incidents or phases', () => {
    assert.equal(summaryOf('From 10:00 to 10:45 UTC every request failed.')!.windows, 1);
    assert.equal(summaryOf('(1) Duration: 08:00 AM to 09:25 AM PST.\n\n(2) Duration: 08:00 PM to 09:4+ PM PST.')!.windows, 2);
    assert.equal(summaryOf('At 10:00 UTC the API failed; it was restored at 10:45 UTC.')!.windows, 0);
  });

  it('reads labelled lines and ISO date-times', () => {
    assert.deepEqual(windowOf('- Start Time: December 18, 2023, 10:45 AM (UTC)\n- End Time: December 18, 2023, 1:30 PM (UTC)'), [
      ['10:45 AM', 'December 18, 2023', 'UTC'],
      ['1:30 PM', 'December 18, 2023', 'UTC'],
    ]);
    // A list of the service's states: "Down:", then "Up:", then a later report.
    assert.deepEqual(windowOf('- Down: 15:21 UTC (+/- 5 minutes)\n- Up: 15:38 UTC (when I checked). Reported back up at 15:40 UTC.\n- Total Time: 17 minutes down'), [
      ['15:21', undefined, 'UTC'],
      ['15:38', undefined, 'UTC'],
    ]);
    // The zone inside the label, and a later labelled time that is neither end.
    assert.deepEqual(windowOf('- **Outage Start (UTC):** 15 December 2024, 03:53\n- **Partial restoration:** 15 December 2024, 11:31\n- **Outage End (UTC):** 18 December 2024, 00:29'), [
      ['03:53', '15 December 2024', undefined],
      ['00:29', '18 December 2024', undefined],
    ]);
    assert.deepEqual(windowOf('Between 2024-03-09T23:40Z and 2024-03-10T01:10Z, writes were lost.'), [
      ['23:40', '2024-03-09', 'Z'],
      ['01:10', '2024-03-10', 'Z'],
    ]);
  });

  it('reads dated ranges with weekdays and a dash between them', () => {
    assert.deepEqual(windowOf('**Duration:** Thursday, May 9, 2024, 17:30 PST - Friday, May 10, 2024, 01:00 PST (7.5 hours)'), [
      ['17:30', 'Thursday, May 9, 2024', 'PST'],
      ['01:00', 'Friday, May 10, 2024', 'PST'],
    ]);
  });

  it('reads "UTC - 5:00" as a zone and a dash, not an offset', () => {
    assert.deepEqual(windowOf('Time: 3:15 PM UTC - 5:00 PM UTC'), [
      ['3:15 PM', undefined, 'UTC'],
      ['5:00 PM', undefined, 'UTC'],
    ]);
  });

  it('leaves out what is not stated', () => {
    assert.deepEqual(windowOf('At approximately 7:30 pm (CST), the web server went down.'), [['7:30 pm', undefined, 'CST'], undefined]);
    assert.deepEqual(windowOf('Search was down for 66 minutes.'), [undefined, undefined]);
    // A year is not a time ("(2024)" would read as 20:24).
    assert.deepEqual(windowOf('The migration (2024) broke logins.'), [undefined, undefined]);
  });

  it('reads a time followed by the outage it started as the start', () => {
    assert.deepEqual(windowOf('At 09:10 UTC the storage cluster experienced an outage that lasted 40 minutes.')[0]?.[0], '09:10');
    assert.deepEqual(windowOf('At about 14:00 CET, a bad route caused a network outage.')[0]?.[0], '14:00');
  });

  it('reads the end told as service being back "by" a time, or corrected at it', () => {
    assert.deepEqual(windowOf('At 1:00 PM PT the queue became unresponsive; it was fully operational by 1:45 PM PT.').map((end) => end?.[0]), ['1:00 PM', '1:45 PM']);
    assert.deepEqual(windowOf('At 08:15 UTC the API went unresponsive, and the config was corrected at 08:50 UTC.').map((end) => end?.[0]), ['08:15', '08:50']);
  });

  it('does not read a port or a minute past 59 as a time', () => {
    assert.deepEqual(windowOf('From 10:00 to 11:00 UTC, curl 0:80 failed for every user.').map((end) => end?.[0]), ['10:00', '11:00']);
    assert.equal(summaryOf('The site failed: curl 0:80 was refused for every user.')?.unplaced, undefined);
  });

  it('takes the section named a summary over an overview before it', () => {
    const text = '# Outage\n\n## Overview\n\nThis report covers our API.\n\n## Incident Summary\n\nFrom 10:00 to 11:00 UTC, 100% of requests failed.\n\n## Timeline\n\n- 10:00 - x\n';
    assert.equal(parsePostmortem(text, 'headings').summary?.section?.title, 'Incident Summary');
  });

  it('reads "restored by" a time as the end', () => {
    assert.deepEqual(windowOf('At 02:00 UTC the queue stalled; service was restored by 05:45 UTC.').map((end) => end?.[0]), ['02:00', '05:45']);
  });

  it('reads a time the service was operational again after as the end', () => {
    assert.deepEqual(windowOf('Around 7:10 AM PST some pages failed. It took 7 hours to fix, and at around 2.30PM PST the website was fully operational again.').map((end) => end?.[0]), ['7:10 AM', '2.30PM']);
    assert.equal(windowOf('At 09:00 UTC the API slowed down; at 10:30 UTC the dashboard was available only to admins.')[1], undefined);
  });

  it('reads a start or end verb a few words before the time', () => {
    assert.deepEqual(windowOf('At 09:00 UTC the queue stalled, and it finally ended after a long morning at 11:30 UTC.').map((end) => end?.[0]), ['09:00', '11:30']);
  });

  it('reads a window around a time whose am/pm lost its letter ("10:00 M")', () => {
    assert.deepEqual(windowOf('Duration: May 2, 2024, 10:00 M — May 3, 2024, 2:00 PM (UTC)').map((end) => end?.[0]), ['10:00', '2:00 PM']);
  });

  it('keeps a time that is neither clearly the start nor the end apart', () => {
    const facts = summaryOf('The nightly export did not run on 5 May 2024; it was rerun at 07:30 GMT.')!;
    assert.deepEqual([written(facts.start), written(facts.end), written(facts.unplaced)], [undefined, undefined, ['07:30', undefined, 'GMT']]);
    assert.deepEqual(windowOf('Date/time: 2023-08-25 21:14 PDT. Duration: 15 hours 40 minutes.'), [['21:14', '2023-08-25', 'PDT'], undefined]);
  });

  it('reads a place before "time" and a numeric offset as the window\'s zone', () => {
    assert.deepEqual(windowOf('The dashboards were blank from 7:10 AM to 9:25 AM (Accra time).'), [
      ['7:10 AM', undefined, 'Accra time'],
      ['9:25 AM', undefined, 'Accra time'],
    ]);
    assert.equal(summaryOf('Exports stalled between 14:00 and 15:30 Kenyan time.')?.zone?.zone, 'Africa/Nairobi');
    assert.equal(summaryOf('Start: 2021-06-02 08:12 +0530. The queue drained by itself.')?.zone?.zone, 'UTC+05:30');
    assert.equal(summaryOf('Checkout broke at 16:40 (UTC-3) and stayed down for an hour.')?.zone?.zone, 'UTC-03:00');
  });

  it('reads "midnight" and "noon" as times where a time word leads to them, not as names of jobs', () => {
    assert.deepEqual(windowOf('The API was unreachable from midnight until 2:15 AM UTC.'), [
      ['midnight', undefined, 'UTC'],
      ['2:15 AM', undefined, 'UTC'],
    ]);
    assert.deepEqual(windowOf('The outage began at 9:30 AM and ended at noon (CET).'), [
      ['9:30 AM', undefined, 'CET'],
      ['noon', undefined, 'CET'],
    ]);
    assert.equal(summaryOf('The midnight batch job overwrote the index.')?.unplaced, undefined);
  });

  it('reads a bare hour at one end of a range by the am/pm of the other', () => {
    assert.deepEqual(windowOf('From 5pm to 7 WAT, uploads failed.'), [
      ['5pm', undefined, 'WAT'],
      ['7', undefined, 'WAT'],
    ]);
    const facts = summaryOf('Between 9 and 11 am PT the search index was stale.')!;
    assert.deepEqual([written(facts.start), written(facts.end)], [
      ['9', undefined, 'PT'],
      ['11 am', undefined, 'PT'],
    ]);
    assert.deepEqual([facts.start?.timestamp.minutesOfDay, facts.end?.timestamp.minutesOfDay], [540, 660]);
  });

  it('finds a zone stated elsewhere in the summary', () => {
    assert.equal(summaryOf('All times are in UTC. From 10:00 to 11:00 the site was down.')?.zone?.raw, 'UTC');
  });
});

describe('readSummary: where the summary is', () => {
  it('reads an unlabelled summary: the prose before the first section, when it states a time', () => {
    const doc = parsePostmortem('# Outage\n\nFrom 8:00 to 11:58 a.m. PT, the site returned errors.\n\n## Timeline\n\n- 8:00 AM - x\n', 'headings');
    assert.equal(doc.summary?.section, undefined);
    assert.equal(doc.text.slice(doc.summary!.anchor.start, doc.summary!.anchor.end), 'From 8:00 to 11:58 a.m. PT, the site returned errors.');
    assert.equal(doc.summary?.end?.timestamp.raw, '11:58 a.m.');
  });

  it('reads the window from the block above a summary heading that states none', () => {
    const text = '# Outage\n\nDuration: 14:30 - 16:00 UTC\n\n## Issue Summary\n\nThe API returned errors for all users.\n\n## Timeline\n\n- 14:30 - x\n';
    const summary = parsePostmortem(text, 'headings').summary!;
    assert.deepEqual([summary.start?.timestamp.raw, summary.end?.timestamp.raw], ['14:30', '16:00']);
    const dated = '# Outage\n\nDate: 2024-05-01 19:00 UTC\n\n## Issue Summary\n\nThe API returned errors for all users.\n\n## Timeline\n\n- 14:30 - x\n';
    assert.equal(parsePostmortem(dated, 'headings').summary?.start, undefined);
  });

  it('does not take a metadata line before the first section for the summary', () => {
    for (const line of ['Date: Feb 3, 2025, 19:00 UTC', '**Last updated:** 14:00 UTC', '- Status: resolved as of 09:30 CET']) {
      assert.equal(parsePostmortem(`# Outage\n\n${line}\n\n## Timeline\n\n- 8:00 AM - x\n`, 'headings').summary, undefined, line);
    }
  });

  it('reads an unlabelled summary over its own "Impact:" and "Root Cause:" lines', () => {
    const text = '# Outage\n\nFrom 10:00 to 11:00 UTC the API failed.\n\nImpact:\n40% of requests failed.\n\nRoot Cause:\nA bad deploy caused it.\n\n## Timeline\n\n- 10:00 - x\n';
    const summary = parsePostmortem(text, 'headings').summary!;
    assert.equal(summary.impact.length, 1);
    assert.ok(summary.rootCause);
  });

  it('reads everyone, anyone and a single named user as an impact', () => {
    for (const sentence of ['Anyone opening the page saw a 502.', 'The site was down for everybody.', 'The user could not push to the repository.', 'Only one customer was affected.']) {
      assert.equal(summaryOf(`From 10:00 to 11:00 UTC. ${sentence}`)?.impact.length, 1, sentence);
    }
    assert.equal(summaryOf('From 10:00 to 11:00 UTC the user experience was poor.')?.impact.length, 0);
    assert.equal(summaryOf('From 10:00 to 11:00 UTC every other self-hosted mobile app user was logged out.')?.impact.length, 1);
    assert.equal(summaryOf('From 10:00 to 11:00 UTC, 3/40 of the mirrored packages were corrupt.')?.impact.length, 1);
    for (const sentence of ['The portal was completely unavailable.', 'It was a total outage.', 'Between 4 and 9 teams could not deploy.']) {
      assert.equal(summaryOf(`From 10:00 to 11:00 UTC. ${sentence}`)?.impact.length, 1, sentence);
    }
  });

  it('reads a count of whatever was hurt, and the author alone, as an impact; not units, machines or errors', () => {
    for (const sentence of ['1,200 payslips could not be generated.', 'All 4,200 invoices edited after May 4 were overwritten.', 'I was unable to reach the app.', "We couldn't log in."]) {
      assert.equal(summaryOf(`From 10:00 to 11:00 UTC. ${sentence}`)?.impact.length, 1, sentence);
    }
    for (const sentence of ['It took 45 minutes to restart 12 servers.', 'We saw 500 error responses and 30 retries.']) {
      assert.equal(summaryOf(`From 10:00 to 11:00 UTC. ${sentence}`)?.impact.length, 0, sentence);
    }
  });

  it('has no summary when the prose before the first section states no time', () => {
    assert.equal(parsePostmortem('# Outage\n\nThis is my report.\n\n## Timeline\n\n- 8:00 AM - x\n', 'headings').summary, undefined);
  });

  it('anchors on the heading words', () => {
    const doc = parsePostmortem('# Outage\n\n## 📅 Issue Summary:\n\nFrom 10:00 to 11:00 UTC.\n', 'headings');
    assert.equal(doc.text.slice(doc.summary!.anchor.start, doc.summary!.anchor.end), '📅 Issue Summary');
  });

  it('takes "Impact:" and "Root Cause:" lines indented under "Issue Summary:" as part of it', () => {
    const text = 'Issue Summary:\n\n    Duration: 10:00 to 11:00 UTC\n\n    Impact:\n        30% of users saw errors.\n\n    Root Cause:\n        A full disk.\n\nTimeline:\n\n    10:00 - x\n';
    const summary = parsePostmortem(text, 'headings').summary!;
    assert.equal(summary.impact.length, 1);
    assert.ok(summary.rootCause);
  });

  it('does not take the summary of a part of the report, after its timeline, for the incident summary', () => {
    const text = '# Split\n\n## Timeline\n\n- 12:50 - exploited\n\n## Bounty report\n\n### Details\n\n#### Summary\n\nA bug in the EVM.\n';
    assert.equal(parsePostmortem(text, 'headings').summary, undefined);
  });
});

describe('readSummary: the stated duration', () => {
  const durationOf = (summary: string) => {
    const duration = summaryOf(summary)?.duration;
    return duration && [duration.raw, duration.minutes, duration.resolution, duration.qualifier, duration.style];
  };

  it('reads the forms authors write, with the rounding their words allow', () => {
    assert.deepEqual(durationOf('The outage lasted approximately 2 hours.'), ['2 hours', 120, 60, 'about', 'words']);
    assert.deepEqual(durationOf('The site was down for 45 minutes.'), ['45 minutes', 45, 1, 'exact', 'words']);
    assert.deepEqual(durationOf('A 3-hour outage hit checkout.'), ['3-hour', 180, 60, 'exact', 'compound']);
    assert.deepEqual(durationOf('Duration: 1h 20m'), ['1h 20m', 80, 1, 'exact', 'short']);
    assert.deepEqual(durationOf('It lasted an hour and a half.'), ['an hour and a half', 90, 30, 'exact', 'words']);
    assert.deepEqual(durationOf('A 90-minute outage.'), ['90-minute', 90, 1, 'exact', 'compound']);
    assert.deepEqual(durationOf('An outage lasting approximately 2 and half hours.'), ['2 and half hours', 150, 30, 'about', 'words']);
    assert.deepEqual(durationOf('Duration: 14:00 - 16:30 UTC (2 hours 30 minutes)'), ['2 hours 30 minutes', 150, 1, 'exact', 'words']);
    assert.deepEqual(durationOf('A total downtime of 1 hour and 30 minutes.'), ['1 hour and 30 minutes', 90, 1, 'exact', 'words']);
    assert.deepEqual(durationOf('Duration: ~7.5 hours'), ['7.5 hours', 450, 30, 'about', 'words']);
  });

  it('reads bounds: "over" is at least, "under" at most', () => {
    assert.deepEqual(durationOf('Checkout was unavailable for over 2 hours.'), ['2 hours', 120, 60, 'at-least', 'words']);
    assert.deepEqual(durationOf('Logins failed for under an hour.'), ['an hour', 60, 60, 'at-most', 'words']);
  });

  it('reads only the outage duration, not other spans of time', () => {
    assert.equal(durationOf('About 1 block was missed every 2 minutes.'), undefined);
    assert.equal(durationOf('Analysis started roughly 30m later.'), undefined);
    assert.equal(durationOf('We will add alerts within 24 hours of a deploy.'), undefined);
    assert.equal(durationOf('Damage was limited to under 3hrs from the time of detection.'), undefined);
    assert.equal(durationOf('Detection took 20 minutes.'), undefined);
  });

  it('parses a duration at a position', () => {
    assert.equal(parseDurationAt('half an hour', 0)?.minutes, 30);
    assert.equal(parseDurationAt('5 days', 0)?.minutes, 7200);
    assert.equal(parseDurationAt('two hours and 5 minutes', 0)?.minutes, 125);
    assert.equal(parseDurationAt('2 servers', 0), undefined);
  });

  it('writes a span of minutes the way people do', () => {
    assert.equal(describeMinutes(847), '14 hours 7 minutes');
    assert.equal(describeMinutes(60), '1 hour');
    assert.equal(describeMinutes(1), '1 minute');
    assert.equal(describeMinutes(7560), '5 days 6 hours');
  });
});

describe('windowLength', () => {
  const lengthOf = (summary: string) => {
    const facts = summaryOf(summary)!;
    const length = windowLength(facts.start!, facts.end!);
    return length && [length.minutes, length.dated, length.pastMidnight, [...new Set(length.readings)].sort((a, b) => a - b)];
  };

  it('measures on the clock, past midnight when the end is earlier', () => {
    assert.deepEqual(lengthOf('From 12:27 AM to 2:34 PM PT.'), [847, false, false, [847]]);
    assert.deepEqual(lengthOf('From 11:00 PM to 1:00 AM UTC.'), [120, false, true, [120]]);
  });

  it('offers the other half of the day when a time has no am/pm', () => {
    assert.deepEqual(lengthOf('From 10:00 to 2:00.'), [960, false, true, [240, 960]]);
    assert.deepEqual(lengthOf('From 09:00 to 14:00 UTC.'), [300, false, false, [300]]);
  });

  it('is exact with a date on both ends, negative when the end comes first', () => {
    assert.deepEqual(lengthOf('From January 10, 2024, 7:00 AM to January 15, 2024, 1:00 PM GMT.'), [7560, true, false, [7560]]);
    assert.deepEqual(lengthOf('From June 11, 2023, 10:00 AM to June 10, 2023, 08:00 AM UTC.'), [-1560, true, false, [-1560]]);
  });

  it('puts two zones on one clock', () => {
    assert.deepEqual(lengthOf('From 10:00 UTC to 14:00 CET on January 5, 2024.'), [180, false, false, [180]]);
  });
});

describe('readSummary: impact and root cause', () => {
  const quantities = (summary: string) => {
    const facts = summaryOf(summary)!;
    const text = `# Outage\n\n## Issue Summary\n\n${summary}\n`;
    return facts.impact.map((statement) => text.slice(statement.quantity.start, statement.quantity.end));
  };

  it('counts percentages, counts of what was hurt, "all"/"every", fractions and money', () => {
    assert.deepEqual(quantities('38% of login attempts failed.'), ['38%']);
    assert.deepEqual(quantities('12,000 customers got the invoice twice.'), ['12,000 customers']);
    assert.deepEqual(quantities('Checkout failed for every user.'), ['every user']);
    assert.deepEqual(quantities('Four fifths of users could not load the site.'), ['Four fifths of users']);
    assert.deepEqual(quantities('Estimated 1.21B queries lost.'), ['1.21B queries']);
    assert.deepEqual(quantities('An estimated $200,000 in lost sales.'), ['$200,000']);
  });

  it('does not count status codes, ports, vague words or versions', () => {
    assert.deepEqual(quantities('Requests resulted in 500 error response messages.'), []);
    assert.deepEqual(quantities('Many users reported errors on port 5001 after v1.12.13.'), []);
    assert.deepEqual(quantities('No such file or directory.'), []);
  });

  it('is not a list item that only names the section, in a list of the parts asked for', () => {
    const text = '# My first postmortem\n\n## Project overview\n\nThe document covers:\n- Issue Summary\n- Timeline\n- Root Cause\n\n## Postmortem\n\n### Issue Summary\n\nFrom 10:00 to 11:00 UTC, 30% of users saw errors.\n\n### Timeline\n\n- 10:00 - Alert fires\n- 10:20 - The cache is flushed\n- 11:00 - Errors stop\n\n### Root Cause\n\nA cache node ran out of memory after a config change raised its limit past the host\'s RAM.\n\n### Corrective and Preventative Measures\n\n- Check cache limits against the host in CI.\n';
    const summary = parsePostmortem(text, 'headings').summary;
    assert.equal(summary?.section?.title, 'Issue Summary');
    assert.equal(summary?.start?.timestamp.raw, '10:00');
  });

  it('finds a sentence that gives the cause', () => {
    for (const sentence of ['The root cause was a full disk.', 'It was caused by an expired certificate.', 'Logins failed due to a bad config.', 'A typo caused the outage.', 'This stemmed from a cron job.']) {
      assert.ok(summaryOf(sentence)?.rootCause, sentence);
    }
    assert.equal(summaryOf('From 10:00 to 11:00 UTC, 30% of users saw errors.')?.rootCause, undefined);
  });
});

describe('the timeline: where the outage ends', () => {
  it('knows words of recovery, and not a fix, a restart or a failed attempt', () => {
    for (const text of ['Service restored', 'The operator has finished restoring to a stable state and calls the end of incident.', 'Got the site back up at last.', '100% of traffic is back online.', 'Error rate back to baseline; incident closed.', '**OUTAGE ENDS**, all traffic balanced', 'Issue resolved', 'Reloaded Nginx, restoring service.', 'All services are verified and work correctly.', 'Recovered 55GB of space. Scheduled jobs resumed.', 'Users were granted the permissions and resumed their work.', 'Full service restoration confirmed. Cheers all around!', 'Monitoring confirms the site is back to full health.', 'The users were back to transacting as business as usual.', 'The service was 100% back.', 'The website is fully back.']) {
      assert.ok(describesRecovery(text), text);
    }
    for (const text of ['Bug is fixed', 'Server restart begins', 'Successful configuration change rollback.', 'Attempted a restart, but it failed to come back online.', 'The tools cluster fails to spin back up.', 'The operator prioritises getting the service back up and running.', 'Trying to restore the database from backup.', 'System gradually began restoring services.', '25% of the traffic was restored', 'The patch works correctly in staging.', 'The investigation resumed after lunch.', 'Full service restoration started at the edge.', 'Azure’s network outage was fully resolved.', 'The service was partially back.', 'The errors were fully back by noon.']) {
      assert.ok(!describesRecovery(text), text);
    }
  });

  it('takes the last entry that says service is back, before one that only closes the incident', () => {
    const doc = parsePostmortem(
      ['## Timeline (UTC)', '', '- 14:54 - Outage begins', '- 15:20 - Partially restored', '- 16:00 - Outage ends, all traffic balanced', '- 16:30 - Incident ends after 30 minutes of nominal load'].join('\n'),
      'front-matter',
    );
    assert.equal(outageEnd(readIncidentClock(doc, { timezone: undefined }))?.entry.timestamp.raw, '16:00');
  });
});

describe('the summary rules: messages and fixes', () => {
  const findingsOf = (text: string, rule: string) => {
    const { config } = resolveConfig(rules, []);
    return lint({ text, config }).findings.filter((finding) => finding.rule === rule);
  };
  // In the assignment's layout, whose summary is asked for its window.
  const report = (summary: string, timeline: string) =>
    `# Outage\n\n## Issue Summary\n\n${summary}\n\n## Timeline (all times UTC)\n\n${timeline}\n\n## Corrective and Preventative Measures\n\n- Alert on stale searches\n`;

  it('summary-duration gives both numbers and offers, never applies, the window\'s duration in the author\'s words', () => {
    const text = report('From 12:27 AM to 2:34 PM UTC, the outage lasted approximately 2 hours for 10% of users.', '- 12:27 AM - Outage begins');
    const [finding] = findingsOf(text, 'summary-duration');
    assert.equal(finding?.message, 'The summary says the outage lasted about 2 hours, but from 12:27 AM to 2:34 PM is 14 hours 7 minutes.');
    const fix = finding!.fix!()!;
    assert.equal(fix.suggestion, true);
    assert.deepEqual(fix.edits.map((edit) => [text.slice(edit.span.start, edit.span.end), edit.newText]), [['2 hours', '14 hours 7 minutes']]);
    const { config } = resolveConfig(rules, []);
    assert.equal(fixAll({ text, config }).text.includes('approximately 2 hours'), true);
  });

  it('summary-duration keeps the short and adjective styles, and sets "a"/"an" right', () => {
    const short = report('From 10:00 to 11:20 UTC, 5% of calls failed. Duration: 1h 5m.', '- 10:00 - x');
    assert.equal(findingsOf(short, 'summary-duration')[0]?.fix?.()?.edits[0]?.newText, '1h 20m');
    const compound = report('A 45-minute outage, from 16:10 to 17:30 UTC, delayed 300 emails.', '- 16:10 - x');
    const edit = findingsOf(compound, 'summary-duration')[0]?.fix?.()?.edits[0];
    assert.deepEqual(edit && [compound.slice(edit.span.start, edit.span.end), edit.newText], ['A 45-minute', 'An 80-minute']);
  });

  it('summary-duration says when the end is earlier in the day than the start', () => {
    const text = report('From 2:00 PM to 1:00 PM UTC, the outage lasted 1 hour for 3% of users.', '- 2:00 PM - x');
    assert.equal(findingsOf(text, 'summary-duration')[0]?.message, 'The summary says the outage lasted 1 hour, but it ends (1:00 PM) earlier in the day than it starts (2:00 PM): 23 hours if it ran past midnight.');
  });

  it('summary-timeline compares in UTC across zones, and on the clock when neither side has one', () => {
    const zoned = '# Outage\n\n## Issue Summary\n\nFrom 12:27 AM to 1:30 AM PT on March 9, 2024, 10% of logins failed.\n\n## Timeline (UTC)\n\n- 08:40 - Outage begins\n- 09:30 - Service restored\n';
    // 12:27 AM PST is 08:27 UTC: 13 minutes is within the default tolerance.
    assert.deepEqual(findingsOf(zoned, 'summary-timeline'), []);
    const later = zoned.replace('08:40', '08:50');
    assert.deepEqual(
      findingsOf(later, 'summary-timeline').map((finding) => finding.message),
      ["The summary says the outage started at 12:27 AM PT; the timeline's outage starts at 08:50 UTC (23 minutes later)."],
    );
    const bare = '# Outage\n\n## Issue Summary\n\nFrom 10:00 to 11:00, 10% of logins failed.\n\n## Timeline\n\n- 10:30 - Outage begins\n- 11:00 - Service restored\n';
    assert.deepEqual(
      findingsOf(bare, 'summary-timeline').map((finding) => finding.message),
      ["The summary says the outage started at 10:00; the timeline's outage starts at 10:30 (30 minutes later)."],
    );
  });

  it('summary-timeline measures along the timeline when the summary\'s time is an entry\'s', () => {
    // Nearest on the clock, 23:58 would be 4 hours 30 minutes before 04:28; the timeline runs from one to the other.
    const text = report('From 04:23 to 04:28 UTC, the migration dropped every table.', '- 04:23 - Migration starts, tables dropped\n- 04:28 - Deploy fails, rollback\n- 23:58 - Tables restored');
    assert.deepEqual(
      findingsOf(text, 'summary-timeline').map((finding) => finding.message),
      ["The summary says the outage ended at 04:28; the timeline's outage ends at 23:58 (19 hours 30 minutes later)."],
    );
  });

  it('summary-window offers the timeline\'s zone only when the summary\'s times are the timeline\'s', () => {
    const offered = report('From 14:05 to 14:50, 35% of searches were stale.', '- 14:05 - Indexer stops\n- 14:50 - Index current again');
    assert.equal(findingsOf(offered, 'summary-window')[0]?.fix?.()?.edits[0]?.newText, ' UTC');
    const unrelated = report('From 14:05 to 14:50, 35% of searches were stale.', '- 09:05 - Indexer stops\n- 09:50 - Index current again');
    assert.equal(findingsOf(unrelated, 'summary-window')[0]?.fix?.(), undefined);
  });
});
