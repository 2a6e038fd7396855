/** The incident clock: zones and where they come from, UTC instants across DST changes, rollovers, the outage start. */
import assert from 'node:assert/strict';
import { describesOutageStart, formatElapsed, isFixedOffsetZone, readIncidentClock, timedEntryAt, type IncidentClock } from '../../server/src/engine/incident-clock';
import { parsePostmortem } from '../../server/src/parse/parse';

function clockOf(text: string, timezone?: string): IncidentClock {
  return readIncidentClock(parsePostmortem(text, 'front-matter'), { timezone });
}

/** Each entry as [time as written, zone, source, UTC ISO instant or undefined, minutes from the outage start]. */
function rows(clock: IncidentClock) {
  return clock.entries.map((timed) => [
    timed.entry.timestamp.raw,
    timed.zone?.name,
    timed.zone?.source,
    timed.utc === undefined ? undefined : new Date(timed.utc).toISOString().slice(0, 16),
    timed.sinceOutageStart,
  ]);
}

describe('readIncidentClock: UTC instants', () => {
  it('places a Pacific timeline on UTC across the spring-forward change (2024-03-10, 2:00 AM PST → 3:00 AM PDT)', () => {
    const clock = clockOf(
      [
        '# Payments outage, March 10, 2024',
        '',
        '## Timeline (all times Pacific Time)',
        '',
        '- 1:10 AM - Nightly batch starts',
        '- 1:40 AM - Outage begins: card payments fail',
        '- 3:20 AM - Batch throttled',
        '- 4:00 AM - Payments recover',
      ].join('\n'),
    );
    assert.deepEqual(rows(clock), [
      ['1:10 AM', 'America/Los_Angeles', 'timeline', '2024-03-10T09:10', -30],
      ['1:40 AM', 'America/Los_Angeles', 'timeline', '2024-03-10T09:40', 0],
      // 1:40 PST to 3:20 PDT is 40 minutes of real time, not 1 h 40.
      ['3:20 AM', 'America/Los_Angeles', 'timeline', '2024-03-10T10:20', 40],
      ['4:00 AM', 'America/Los_Angeles', 'timeline', '2024-03-10T11:00', 80],
    ]);
    assert.deepEqual(
      clock.entries.map((timed) => timed.utcOffset),
      [-480, -480, -420, -420],
    );
  });

  it('places a Paris timeline across the autumn change (2024-10-27, 3:00 CEST → 2:00 CET)', () => {
    const clock = clockOf(['## Timeline (Europe/Paris)', '', '- Oct 26, 2024', '  - 23:30 - Outage begins', '- Oct 27, 2024', '  - 01:30 - Failover', '  - 04:30 - Recovered'].join('\n'));
    assert.deepEqual(rows(clock), [
      ['23:30', 'Europe/Paris', 'timeline', '2024-10-26T21:30', 0],
      ['01:30', 'Europe/Paris', 'timeline', '2024-10-26T23:30', 120],
      // Local 23:30 → 04:30 is five hours on the wall clock, six in real time.
      ['04:30', 'Europe/Paris', 'timeline', '2024-10-27T03:30', 360],
    ]);
  });

  it('counts a midnight rollover as the next day, in UTC and in elapsed time', () => {
    const clock = clockOf(['# DNS outage (2023-08-26)', '', '## Timeline (UTC)', '', '- 23:40 - Resolvers went down', '- 00:25 - Cache flushed', '- 01:05 - Resolved'].join('\n'));
    assert.deepEqual(rows(clock), [
      ['23:40', 'UTC', 'timeline', '2023-08-26T23:40', 0],
      ['00:25', 'UTC', 'timeline', '2023-08-27T00:25', 45],
      ['01:05', 'UTC', 'timeline', '2023-08-27T01:05', 85],
    ]);
  });

  it('keeps seconds in the instant', () => {
    const clock = clockOf('# Outage 2024-01-05\n\n## Timeline (UTC)\n\n- 10:00:30 - errors begin\n');
    assert.equal(new Date(clock.entries[0]!.utc!).toISOString(), '2024-01-05T10:00:30.000Z');
  });
});

describe('readIncidentClock: zones and missing facts', () => {
  it('takes the zone written on the entry, else the timeline, else the summary, else the setting', () => {
    const timeline = '## Timeline\n\n- 10:00 UTC - Outage begins\n- 10:20 - Paged\n';
    assert.deepEqual(
      clockOf(`# Outage 2024-02-01\n\n## Summary\n\nFrom 10:00 to 11:00 EAT it was down.\n\n${timeline}`).entries.map((timed) => [timed.zone?.name, timed.zone?.source, timed.zone?.mention?.raw]),
      [
        ['UTC', 'entry', 'UTC'],
        ['Africa/Nairobi', 'summary', 'EAT'],
      ],
    );
    assert.deepEqual(
      clockOf(timeline, 'Europe/Paris').entries.map((timed) => [timed.zone?.name, timed.zone?.source]),
      [
        ['UTC', 'entry'],
        ['Europe/Paris', 'settings'],
      ],
    );
  });

  it('has no zone and no UTC time when none is stated, and still counts minutes on the local clock', () => {
    const clock = clockOf('# Outage 2024-02-01\n\n## Timeline\n\n- 10:00 - Outage begins\n- 10:20 - Paged\n');
    assert.deepEqual(rows(clock), [
      ['10:00', undefined, undefined, undefined, 0],
      ['10:20', undefined, undefined, undefined, 20],
    ]);
  });

  it('gives no UTC instant without a year, but an offset for a zone that never changes', () => {
    const pacific = clockOf('## Timeline (PST)\n\n- Oct 29\n  - 10:00 - Outage begins\n  - 11:00 - Fixed\n');
    assert.deepEqual(
      pacific.entries.map((timed) => [timed.utc, timed.utcOffset, timed.sinceOutageStart]),
      [
        [undefined, undefined, 0],
        [undefined, undefined, 60],
      ],
    );
    const india = clockOf('## Timeline (UTC+05:30)\n\n- 10:00 - Outage begins\n- 11:00 - Fixed\n');
    assert.deepEqual(
      india.entries.map((timed) => [timed.utc, timed.utcOffset, timed.sinceOutageStart]),
      [
        [undefined, 330, 0],
        [undefined, 330, 60],
      ],
    );
  });

  it('compares entries in different zones through UTC, and not at all when an offset is unknown', () => {
    const dated = clockOf('# Outage 2024-07-01\n\n## Timeline (UTC)\n\n- 10:00 - Outage begins\n- 12:30 CEST - Paris team joins\n');
    assert.deepEqual(
      dated.entries.map((timed) => timed.sinceOutageStart),
      [0, 30],
    );
    const undated = clockOf('## Timeline (UTC)\n\n- 10:00 - Outage begins\n- 12:30 CEST - Paris team joins\n');
    assert.deepEqual(
      undated.entries.map((timed) => timed.sinceOutageStart),
      [0, undefined],
    );
  });

  it('skips entries whose time cannot be read', () => {
    const clock = clockOf('## Timeline (UTC)\n\n- 10:00 - Outage begins\n- 25:10 - typo\n- 10:30 - Fixed\n');
    assert.deepEqual(
      clock.entries.map((timed) => timed.entry.timestamp.raw),
      ['10:00', '10:30'],
    );
  });

  it('gives an empty clock for a postmortem without a timeline', () => {
    assert.deepEqual(clockOf('# Outage\n\n## Root cause\n\nA bug.\n'), { entries: [], outageStart: undefined, outageStartBy: undefined });
  });
});

describe('readIncidentClock: the outage start', () => {
  it('is the first entry whose description says the outage began', () => {
    const clock = clockOf('## Timeline (UTC)\n\n- 09:50 - Deploy of v2.3\n- 10:05 - API started failing\n- 10:20 - Users report errors\n- 10:45 - Rolled back\n');
    assert.equal(clock.outageStartBy, 'description');
    assert.equal(clock.outageStart?.entry.timestamp.raw, '10:05');
    assert.deepEqual(
      clock.entries.map((timed) => timed.sinceOutageStart),
      [-15, 0, 15, 40],
    );
  });

  it('is the first readable entry when no description says so', () => {
    const clock = clockOf('## Timeline (UTC)\n\n- 25:00 - typo\n- 09:50 - Deploy\n- 10:45 - Rolled back\n');
    assert.equal(clock.outageStartBy, 'first-entry');
    assert.equal(clock.outageStart?.entry.timestamp.raw, '09:50');
  });

  const starts = [
    'Outage begins',
    'The incident started when the cache expired',
    'Impact starts for EU users',
    'Checkout started failing',
    'Workers begin timing out',
    'Users report blank pages',
    'Customers reported failed logins',
    'The website went down',
    'Login is down',
    'Load balancer returns 500 errors',
    'Spike of 502s',
    'Breakdown begins',
  ];
  for (const description of starts) {
    it(`reads "${description}" as the outage start`, () => assert.ok(describesOutageStart(description)));
  }

  const notStarts = ['Alert fires for high latency', 'Deploy of v2.3', 'Error rate back to normal', 'Scaled the worker pool down to 3', 'Root cause narrowed down', 'Rollback started', 'Read about a typo that caused a 500 error'];
  for (const description of notStarts) {
    it(`does not read "${description}" as the outage start`, () => assert.ok(!describesOutageStart(description)));
  }
});

describe('incident clock helpers', () => {
  it('writes elapsed time as T+h:mm and T−h:mm', () => {
    assert.deepEqual(
      [0, 27, 65, 1565, -10, -125].map(formatElapsed),
      ['T+0:00', 'T+0:27', 'T+1:05', 'T+26:05', 'T\u22120:10', 'T\u22122:05'],
    );
  });

  it('finds the entry whose own time covers an offset', () => {
    const text = '## Timeline (UTC)\n\n- 10:00 - Outage begins\n- 10:30 - Fixed\n';
    const clock = clockOf(text);
    const at = text.indexOf('10:30');
    assert.equal(timedEntryAt(clock, at)?.entry.timestamp.raw, '10:30');
    assert.equal(timedEntryAt(clock, at + 4)?.entry.timestamp.raw, '10:30');
    assert.equal(timedEntryAt(clock, at + 5), undefined);
    assert.equal(timedEntryAt(clock, text.indexOf('Fixed')), undefined);
  });

  it('knows which zones keep one offset all year', () => {
    assert.deepEqual(
      ['UTC', 'UTC+05:30', 'Asia/Kolkata', 'Asia/Tokyo', 'America/Los_Angeles', 'Europe/Paris', 'Not/AZone'].map(isFixedOffsetZone),
      [true, true, true, true, false, false, false],
    );
  });

  it('places 3,000 dated entries, rolling over day after day', () => {
    const lines = Array.from({ length: 3000 }, (_, index) => `- ${String(Math.floor(index / 60) % 24).padStart(2, '0')}:${String(index % 60).padStart(2, '0')} - step ${index}`);
    const clock = clockOf(`# Outage 2024-03-09\n\n## Timeline (Europe/Paris)\n\n${lines.join('\n')}\n`, undefined);
    assert.equal(clock.entries.length, 3000);
    assert.ok(clock.entries.every((timed) => timed.utc !== undefined));
    // 1440 entries a day: the last one, 01:59, is on the third day; Paris is an hour ahead of UTC in March.
    assert.equal(new Date(clock.entries.at(-1)!.utc!).toISOString(), '2024-03-11T00:59:00.000Z');
  });
});
