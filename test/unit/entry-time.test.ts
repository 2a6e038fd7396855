/** Every way an entry's time is written (issue 3's list), read by readEntryTime and placed in time. */
import assert from 'node:assert/strict';
import { readEntryTime } from '../../server/src/time/entry-time';
import { dayLabelDate, readDateAt } from '../../server/src/time/date';
import { parsePostmortem } from '../../server/src/parse/parse';

function read(line: string) {
  const entry = readEntryTime(line, 0, 0);
  if (!entry) return undefined;
  return {
    time: entry.timestamp.raw,
    minutes: entry.timestamp.minutesOfDay,
    date: entry.date && [entry.date.year, entry.date.month, entry.date.day],
    zone: entry.zone?.zone,
    until: entry.rangeEnd?.raw,
    text: line.slice(entry.textStart),
  };
}

describe('readEntryTime', () => {
  const cases: Array<[string, ReturnType<typeof read>]> = [
    ['01:00 - alert', { time: '01:00', minutes: 60, date: undefined, zone: undefined, until: undefined, text: 'alert' }],
    ['8:00 a.m. deploy', { time: '8:00 a.m.', minutes: 480, date: undefined, zone: undefined, until: undefined, text: 'deploy' }],
    ['8 AM: pager', { time: '8 AM', minutes: 480, date: undefined, zone: undefined, until: undefined, text: 'pager' }],
    ['14h05 redémarrage', { time: '14h05', minutes: 845, date: undefined, zone: undefined, until: undefined, text: 'redémarrage' }],
    ['1405 UTC - deploy', { time: '1405', minutes: 845, date: undefined, zone: 'UTC', until: undefined, text: 'deploy' }],
    ['2100hrs WAT: Issue was detected.', { time: '2100hrs', minutes: 1260, date: undefined, zone: 'Africa/Lagos', until: undefined, text: 'Issue was detected.' }],
    ['13:00:05 restart', { time: '13:00:05', minutes: 780, date: undefined, zone: undefined, until: undefined, text: 'restart' }],
    ['2024-03-09 12:27 deploy', { time: '12:27', minutes: 747, date: [2024, 3, 9], zone: undefined, until: undefined, text: 'deploy' }],
    ['2024-03-09T12:27:00Z deploy', { time: '12:27:00', minutes: 747, date: [2024, 3, 9], zone: 'UTC', until: undefined, text: 'deploy' }],
    ['12:27 PM (UTC): alert', { time: '12:27 PM', minutes: 747, date: undefined, zone: 'UTC', until: undefined, text: 'alert' }],
    ['Mar 9, 12:27 - alert', { time: '12:27', minutes: 747, date: [undefined, 3, 9], zone: undefined, until: undefined, text: 'alert' }],
    ['9 March 2024 12:27 - alert', { time: '12:27', minutes: 747, date: [2024, 3, 9], zone: undefined, until: undefined, text: 'alert' }],
    ['12:27–12:40 degraded', { time: '12:27', minutes: 747, date: undefined, zone: undefined, until: '12:40', text: 'degraded' }],
    ['23:15-00:30 UTC / 16:15 PDT: slow', { time: '23:15', minutes: 1395, date: undefined, zone: 'UTC', until: '00:30', text: '/ 16:15 PDT: slow' }],
    ['At 3:15 PM Eastern time, a complaint', { time: '3:15 PM', minutes: 915, date: undefined, zone: 'America/New_York', until: undefined, text: 'a complaint' }],
    ['13:15 PST 29 april 2022 - a customer complained', { time: '13:15', minutes: 795, date: [2022, 4, 29], zone: 'America/Los_Angeles', until: undefined, text: 'a customer complained' }],
    ['2021-08-27: At 12:50:07 UTC, issue exploited', { time: '12:50:07', minutes: 770, date: [2021, 8, 27], zone: 'UTC', until: undefined, text: 'issue exploited' }],
    ['04-12-2022 7:23 AM GMT+1 - tickets', { time: '7:23 AM', minutes: 443, date: [2022, 4, 12], zone: 'UTC+01:00', until: undefined, text: 'tickets' }],
    ['[10:00] paged', { time: '10:00', minutes: 600, date: undefined, zone: undefined, until: undefined, text: 'paged' }],
  ];
  for (const [line, expected] of cases) {
    it(`reads "${line}"`, () => assert.deepEqual(read(line), expected));
  }

  it('reads the time after a bold label', () => {
    const line = '* **Issue Detected:** May 10, 2023, 08:00 AM - alerts';
    const entry = readEntryTime(line, 4, 0)!;
    assert.equal(entry.timestamp.raw, '08:00 AM');
    assert.deepEqual([entry.date?.year, entry.date?.month, entry.date?.day], [2023, 5, 10]);
    assert.equal(line.slice(entry.textStart), 'alerts');
  });

  it('reads the time inside a bold label’s parentheses', () => {
    const line = '- **Issue Detection (November 10, 2023, 8:00 PM)**: Users reported failures';
    const entry = readEntryTime(line, 4, 0)!;
    assert.equal(entry.timestamp.raw, '8:00 PM');
    assert.deepEqual([entry.date?.year, entry.date?.month, entry.date?.day], [2023, 11, 10]);
    assert.equal(line.slice(entry.textStart), 'Users reported failures');
  });

  for (const line of ['Attempted 10:00 restart', '2024-03-09', '2024 was a bad year', 'The 3 servers', 'Version 1.12.13 shipped']) {
    it(`reads no time at the start of "${line}"`, () => assert.equal(readEntryTime(line, 0, 0), undefined));
  }
});

describe('readEntryTime: a date whose year ends a label', () => {
  it('reads "May 4, 2024:" as a date with its year, not the time 20:24', () => {
    assert.equal(readEntryTime('May 4, 2024: the faulty code is deployed', 0, 0), undefined);
    assert.equal(readDateAt('May 4, 2024: deployed', 0)?.year, 2024);
    assert.equal(readEntryTime('Oct 29, 1030: the server is down', 0, 0)?.timestamp.raw, '1030');
  });

  it('reads a date in parentheses after the time ("3:45 PM (Oct 31): …")', () => {
    const entry = readEntryTime('3:45 PM (Oct 31): Emergency stop', 0, 0)!;
    assert.deepEqual([entry.date?.month, entry.date?.day, '3:45 PM (Oct 31): Emergency stop'.slice(entry.textStart)], [10, 31, 'Emergency stop']);
  });
});

describe('readEntryTime: ISO and hyphenated zone names', () => {
  it('reads fractions of a second before an ISO "Z" as UTC', () => {
    assert.equal(readEntryTime('09:12:03.250Z - leader lost', 0, 0)?.zone?.zone, 'UTC');
  });
});

describe('readEntryTime: zones written as places and offsets', () => {
  const zoneOf = (line: string) => {
    const entry = readEntryTime(line, 0, 0);
    return entry && [entry.zone?.raw, entry.zone?.zone, line.slice(entry.textStart)];
  };

  it('reads a place followed by "time" as that place\'s zone', () => {
    assert.deepEqual(zoneOf('9:40 AM (Nairobi time): queue depth alarm'), ['Nairobi time', 'Africa/Nairobi', 'queue depth alarm']);
    assert.deepEqual(zoneOf('18:05 Sao Paulo Time - payments retried'), ['Sao Paulo Time', 'America/Sao_Paulo', 'payments retried']);
    assert.deepEqual(zoneOf('07:15 Ghanaian time: mobile money callbacks stall'), ['Ghanaian time', 'Africa/Accra', 'mobile money callbacks stall']);
    assert.deepEqual(zoneOf('11:00 (Bengaluru local time) - pods evicted'), ['Bengaluru local time', 'Asia/Kolkata', 'pods evicted']);
  });

  it('reads a numeric offset right after the time, not a range', () => {
    assert.deepEqual(zoneOf('21:02 -0700 - the cron job starts'), ['-0700', 'UTC-07:00', 'the cron job starts']);
    assert.deepEqual(zoneOf('06:45 +05:45: upload bucket locked'), ['+05:45', 'UTC+05:45', 'upload bucket locked']);
    assert.deepEqual(zoneOf('2022-11-03T08:00:00-04:00 page sent'), ['-04:00', 'UTC-04:00', 'page sent']);
    assert.deepEqual(zoneOf('08:30 UTC+2 - rollback begins'), ['UTC+2', 'UTC+02:00', 'rollback begins']);
    assert.deepEqual(zoneOf('(GMT+3) 08:30 rollback'), undefined);
    const range = readEntryTime('08:30 -09:15 rollback window', 0, 0)!;
    assert.deepEqual([range.zone, range.rangeEnd?.raw], [undefined, '09:15']);
    const twoTimes = readEntryTime('2:10 PM UTC - 4:40 PM UTC: degraded', 0, 0)!;
    assert.deepEqual([twoTimes.zone?.zone, twoTimes.rangeEnd?.raw], ['UTC', undefined]);
  });

  it('reads a US region alone as its zone where it ends the time\'s words, not before other words', () => {
    assert.deepEqual(zoneOf('7:09 AM Eastern: a researcher reports the token'), ['Eastern', 'America/New_York', 'a researcher reports the token']);
    assert.deepEqual(zoneOf('10:00 (Pacific) - deploy starts'), ['Pacific', 'America/Los_Angeles', 'deploy starts']);
    assert.equal(zoneOf('10:00 Pacific region fails over')?.[0], undefined);
    assert.equal(zoneOf('10:00 Central database is read-only')?.[0], undefined);
  });
});

describe('readEntryTime: noon and midnight, and bare hours in prose', () => {
  it('reads "midnight" and "noon" written alone as times', () => {
    assert.deepEqual(read('Midnight - replication lag alarm'), { time: 'Midnight', minutes: 0, date: undefined, zone: undefined, until: undefined, text: 'replication lag alarm' });
    assert.deepEqual(read('noon (UTC): traffic back'), { time: 'noon', minutes: 720, date: undefined, zone: 'UTC', until: undefined, text: 'traffic back' });
    assert.deepEqual(read('10:30 PM - midnight: read-only mode'), { time: '10:30 PM', minutes: 1350, date: undefined, zone: undefined, until: 'midnight', text: 'read-only mode' });
    assert.equal(read('Midnightly jobs ran late'), undefined);
  });

  const prose = (line: string, at = 0) => {
    const entry = readEntryTime(line, at, 0, { bareHours: true });
    return entry && [entry.timestamp.raw, entry.timestamp.minutesOfDay, entry.rangeEnd?.raw, entry.rangeEnd?.minutesOfDay, entry.zone?.raw];
  };

  it('reads a bare hour that ends a range, with the am/pm of its start', () => {
    assert.deepEqual(prose('3pm until 5 UTC the API timed out'), ['3pm', 900, '5', 1020, 'UTC']);
    assert.deepEqual(prose('11 AM to 2, orders queued'), ['11 AM', 660, '2', 840, undefined]);
    assert.deepEqual(prose('9:45 p.m. until 1.'), ['9:45 p.m.', 1305, '1', 60, undefined]);
    assert.deepEqual(prose('17:00 to 19 CET'), ['17:00', 1020, '19', 1140, 'CET']);
    assert.deepEqual(prose('1 PM to 4 (UTC) the queue grew'), ['1 PM', 780, '4', 960, 'UTC']);
  });

  it('reads a bare hour that starts a range after "between" or "from", with the am/pm of its end', () => {
    assert.deepEqual(prose('between 8 and 10 pm the cache was cold', 8), ['8', 1200, '10 pm', 1320, undefined]);
    assert.deepEqual(prose('from 11 to 1:30 PM EST', 5), ['11', 660, '1:30 PM', 810, 'EST']);
  });

  it('reads an hour past noon with its zone after a word that leads to a time, and not a count', () => {
    assert.deepEqual(prose('stayed till 14 GMT+1 31 August 2021', 12), ['14', 840, undefined, undefined, 'GMT+1']);
    assert.deepEqual(prose('from 21 UTC for 40% of users', 5), ['21', 1260, undefined, undefined, 'UTC']);
    assert.equal(prose('grew to 14 UTC servers', 8), undefined);
    assert.equal(prose('until 9 UTC the queue grew', 6), undefined, 'morning or evening');
    assert.equal(prose('about 20 PST customers', 6), undefined);
  });

  it('leaves bare numbers that are counts, and bare hours without a time at the other end', () => {
    assert.deepEqual(prose('2pm to 4 engineers joined'), ['2pm', 840, undefined, undefined, undefined]);
    assert.deepEqual(prose('14:00 and 3 retries later'), ['14:00', 840, undefined, undefined, undefined]);
    assert.deepEqual(prose('3:00 PM to 6 (six) workers'), ['3:00 PM', 900, undefined, undefined, undefined]);
    assert.equal(prose('between 2 and 4 nodes failed', 8), undefined);
    assert.equal(prose('from 4 to 6 GMT', 5), undefined);
    assert.deepEqual(read('10:00 to 11 - paged'), { time: '10:00', minutes: 600, date: undefined, zone: undefined, until: undefined, text: 'to 11 - paged' });
  });
});

describe('timeline lines with times in other places', () => {
  const entries = (text: string) => parsePostmortem(text, 'front-matter').timeline.entries.map((entry) => [entry.timestamp.raw, entry.description]);

  it('reads entries split by <br> on one line', () => {
    assert.deepEqual(entries('## Timeline\n\nIntro text.<br> 21:14 - DNS change applied.<br> 21:20 - Monitoring fires.\n'), [
      ['21:14', 'DNS change applied.'],
      ['21:20', 'Monitoring fires.'],
    ]);
  });

  it('reads a bullet that gives its time "at" in passing, and a dotted time before a zone', () => {
    assert.deepEqual(entries('## Timeline\n\n- Support forwarded the ticket at 3:17 PM Eastern time.\n* 15.25 PST - still debugging\n'), [
      ['3:17 PM', 'Support forwarded the ticket at 3:17 PM Eastern time.'],
      ['15.25', 'still debugging'],
    ]);
  });

  it('leaves continuation lines and version numbers alone', () => {
    assert.deepEqual(entries('## Timeline\n\n- 10:00 - deploy of 1.12.13\n  complete recovery by 1:30 PM (UTC).\nThe fix shipped in 1.10.8.\n'), [['10:00', 'deploy of 1.12.13']]);
  });
});

describe('dates', () => {
  it('reads a day written with a dot before its month ("19. April")', () => {
    assert.deepEqual([readDateAt('19. April, 11:00', 0)?.day, readDateAt('19. April, 11:00', 0)?.month], [19, 4]);
    const doc = parsePostmortem('## Timeline (UTC)\n\n### 18. April\n\n- 19:47 - x\n\n### 19. April\n\n- 11:07 - y\n', 'headings');
    assert.equal(doc.timeline.entries[1]?.step, 'forward');
  });

  it('reads slashed dates month first unless impossible', () => {
    assert.deepEqual(readDateAt('10/29', 0)?.month, 10);
    assert.deepEqual([readDateAt('29/10/2024', 0)?.month, readDateAt('29/10/2024', 0)?.day], [10, 29]);
    assert.equal(readDateAt('1.5 hours', 0), undefined);
  });

  it('reads day lines, with or without a date', () => {
    assert.deepEqual(dayLabelDate('Oct 29'), { year: undefined, month: 10, day: 29 });
    assert.deepEqual(dayLabelDate('_2018/02/20 - 2018/02/25_'), { year: 2018, month: 2, day: 20 });
    assert.equal(dayLabelDate('Day 2'), 2);
    assert.equal(dayLabelDate('Monday'), true);
    assert.equal(dayLabelDate('Oct 29 we deployed'), undefined);
  });
});

describe('placing entries in time', () => {
  const steps = (text: string) => parsePostmortem(text, 'front-matter').timeline.entries.map((entry) => [entry.timestamp.raw, entry.step]);

  it('takes dates from day lines and entries, and reports a date going backwards', () => {
    assert.deepEqual(steps('## Timeline\n\n- Oct 30\n  - 09:00 - a\n- May 31\n  - 10:00 - b\n'), [
      ['09:00', 'first'],
      ['10:00', 'backwards'],
    ]);
    assert.deepEqual(steps('## Timeline\n\n- 2024-03-09 23:50 - a\n- 2024-03-10 00:10 - b\n- 2024-03-09 23:55 - c\n'), [
      ['23:50', 'first'],
      ['00:10', 'forward'],
      ['23:55', 'backwards'],
    ]);
  });

  it('counts a midnight rollover as the next day, and "Day 2" as the incident’s second day', () => {
    const doc = parsePostmortem('# Outage on March 9, 2024\n\n## Timeline\n\n- 23:50 - a\n- 00:10 - b\n\nDay 2\n\n- 09:00 - c\n\nDay 3\n\n- 08:00 - d\n', 'headings');
    const first = doc.timeline.entries[0]!.at!;
    assert.deepEqual(
      doc.timeline.entries.map((entry) => [entry.step, entry.date?.day, entry.at! - first]),
      [
        ['first', 9, 0],
        ['rollover', 10, 20],
        ['forward', 10, 9 * 60 + 10],
        ['forward', 11, 8 * 60 + 10 + 24 * 60],
      ],
    );
    assert.equal(doc.incidentDate?.year, 2024);
  });
});
