import assert from 'node:assert/strict';
import { formatIsoDateTime, formatTimestamp, inferClockStyle, readTimestampAt, withCertainMeridiem, type ClockStyle } from '../../server/src/time/timestamp';

const read = (text: string) => readTimestampAt(text, 0);
const TWELVE: ClockStyle = { clock: '12h', meridiem: 'AM', meridiemSpace: true, padHour: false };
const TWENTY_FOUR: ClockStyle = { clock: '24h', meridiem: 'AM', meridiemSpace: true, padHour: true };

describe('readTimestampAt', () => {
  const wellFormed: Array<[string, string, number]> = [
    ['01:00 - alert', '01:00', 60],
    ['1:00', '1:00', 60],
    ['8:00 AM: deploy', '8:00 AM', 480],
    ['8:00 a.m. deploy', '8:00 a.m.', 480],
    ['8:00am', '8:00am', 480],
    ['8 AM', '8 AM', 480],
    ['12:30 PM', '12:30 PM', 750],
    ['12:05 AM', '12:05 AM', 5],
    ['13:00:05 UTC', '13:00:05', 780],
    ['2.30 pm', '2.30 pm', 870],
    ['11:59 p.m. end of day.', '11:59 p.m.', 1439],
    ['12:00 midnight - renewal', '12:00 midnight', 0],
    ['00:00 midnight', '00:00 midnight', 0],
    ['12:00 noon: lunch', '12:00 noon', 720],
    ['12 noon - status', '12 noon', 720],
    ['12 Midnight', '12 Midnight', 0],
  ];
  for (const [text, raw, minutes] of wellFormed) {
    it(`reads "${text}" as ${raw}`, () => {
      const timestamp = read(text)!;
      assert.equal(timestamp.raw, raw);
      assert.deepEqual(timestamp.problems, []);
      assert.equal(timestamp.minutesOfDay, minutes);
    });
  }

  const malformed: Array<[string, string, string]> = [
    ['1: 55 PM', '1: 55 PM', 'space-in-time'],
    ['11:05 Am', '11:05 Am', 'meridiem-case'],
    ['2:30 a.m', '2:30 a.m', 'meridiem-punctuation'],
    ['12:30 p.m', '12:30 p.m', 'meridiem-punctuation'],
    ['13:00 PM', '13:00 PM', 'hour-out-of-range'],
    ['25:10', '25:10', 'hour-out-of-range'],
    ['09:61', '09:61', 'minute-out-of-range'],
    ['00:25 AM', '00:25 AM', 'zero-hour-with-meridiem'],
    ['1:00 P M - x', '1:00 P M', 'meridiem-space'],
    ['10:30 a. m.', '10:30 a. m.', 'meridiem-space'],
    ['1:00 p', '1:00 p', 'meridiem-incomplete'],
    ['10:30 A - alert', '10:30 A', 'meridiem-incomplete'],
    ['10:30 a.**: alert', '10:30 a.', 'meridiem-incomplete'],
    ['9:5 - alert', '9:5', 'minute-digits'],
    ['9:5 PM', '9:5 PM', 'minute-digits'],
    ['12.30p.m', '12.30p.m', 'meridiem-punctuation'],
    ['12:30 midnight', '12:30 midnight', 'named-time-mismatch'],
    ['11:00 noon', '11:00 noon', 'named-time-mismatch'],
    ['12;45PM (UTC)', '12;45PM', 'semicolon'],
    ['3:pm PST', '3:pm', 'minutes-missing'],
    ['3: PM - fixed', '3: PM', 'minutes-missing'],
  ];
  for (const [text, raw, problem] of malformed) {
    it(`flags "${text}" as ${problem}`, () => {
      const timestamp = read(text)!;
      assert.equal(timestamp.raw, raw);
      assert.deepEqual(timestamp.problems, [problem]);
    });
  }

  it('reads half a marker, a spaced one, "12:30 midnight" and "12.30p.m" as the time they must mean', () => {
    assert.deepEqual(
      ['1:00 p', '10:30 A - x', '1:00 P M', '12:30 midnight', '12:15 noon', '12.30p.m'].map((text) => read(text)!.minutesOfDay),
      [780, 630, 780, 30, 735, 750],
    );
  });

  it('does not place "9:5" (9:05 or 9:50?) or "11:00 noon" (two times) in time', () => {
    assert.equal(read('9:5 - alert')!.minutesOfDay, undefined);
    assert.equal(read('11:00 noon')!.minutesOfDay, undefined);
  });

  for (const text of ['1.5 hours', '14.05', '2024-03-09', '123:45', '12:345', 'v1:22', 'at 10:00', '3 P', '3 p.', '3 noon', '1.5 p', '1:1 ratio', '16:9 screens', '(1:1)', '1.12.13', '2024', '12;45', '3;5 PM', '3:p', '3:pmd']) {
    it(`reads nothing at the start of "${text}"`, () => assert.equal(read(text), undefined));
  }

  it('reads no half marker where an article or a word follows', () => {
    assert.equal(read('10:30 A new alert fired')!.raw, '10:30');
    assert.equal(read('9:00 a/b test')!.raw, '9:00');
    assert.equal(read('1:00 pager duty')!.raw, '1:00');
  });

  it('keeps "am." sentence punctuation out of the time', () => {
    assert.equal(read('9:00 am. Then')!.raw, '9:00 am');
  });

  it('reads both ends of a range of four-digit times, but not a range of years', () => {
    assert.equal(read('0900–1300 on Sept. 11')!.minutesOfDay, 540);
    assert.equal(readTimestampAt('0900–1300 on Sept. 11', 5)!.minutesOfDay, 780);
    assert.equal(readTimestampAt('from 0233 to 0239 on 15Sep94', 5)!.raw, '0233');
    assert.equal(readTimestampAt('from 0233 to 0239 on 15Sep94', 13)!.raw, '0239');
    assert.equal(read('2019-2020 releases'), undefined);
    assert.equal(readTimestampAt('from 2019 to 2020', 5), undefined);
    assert.equal(read('0900 was the old code'), undefined);
  });

  it('reads "11:21a" as a house style, not half a marker', () => {
    assert.deepEqual(read('11:21a - API down')!.problems, []);
    assert.equal(read('12:28p - ticket')!.minutesOfDay, 748);
    assert.deepEqual(read('10:30 a. - x')!.problems, ['meridiem-incomplete']);
  });

  it('reports offsets relative to the base', () => {
    const timestamp = readTimestampAt('- 10:35 Am: rollback', 2, 100)!;
    assert.equal(timestamp.start, 102);
    assert.equal(timestamp.end, 110);
  });
});

describe('inferClockStyle and formatTimestamp', () => {
  it('takes the majority style of well-formed times only', () => {
    const style = inferClockStyle(['9:00 a.m.', '10:00 a.m.', '11:00 AM', '1: 55 PM'].map((text) => read(text)!));
    assert.deepEqual(style, { clock: '12h', meridiem: 'a.m.', meridiemSpace: true, padHour: false });
  });

  it('reads a 24-hour, zero-padded document', () => {
    assert.deepEqual(inferClockStyle(['09:00', '09:30', '10:00'].map((text) => read(text)!)), { clock: '24h', meridiem: 'AM', meridiemSpace: true, padHour: true });
  });

  const cases: Array<[string, ClockStyle, string | undefined]> = [
    ['1: 55 PM', TWELVE, '1:55 PM'],
    ['11:05 Am', TWELVE, '11:05 AM'],
    ['2:30 a.m', TWELVE, '2:30 AM'],
    ['13:00 PM', TWELVE, '1:00 PM'],
    ['13:00 PM', TWENTY_FOUR, '13:00'],
    ['00:25 AM', TWELVE, '12:25 AM'],
    ['00:25 AM', TWENTY_FOUR, '00:25'],
    ['9:05 pm', { ...TWELVE, meridiem: 'a.m.', meridiemSpace: false }, '9:05p.m.'],
    ['13:00:05', TWELVE, '13:00:05'],
    ['9: 05', TWELVE, '9:05'],
    ['9: 05', TWENTY_FOUR, '09:05'],
    ['25:10', TWELVE, undefined],
    ['10:05:75', TWENTY_FOUR, undefined],
    ['1:00 P M', TWELVE, '1:00 PM'],
    ['10:30 A', TWENTY_FOUR, '10:30'],
    ['12:30 midnight', TWENTY_FOUR, '00:30'],
    ['9:5', TWELVE, undefined],
    ['2:05 PM', { ...TWENTY_FOUR, compact: { hourMark: '', suffix: 'hrs' } }, '1405hrs'],
    ['9:05', { ...TWENTY_FOUR, padHour: false, compact: { hourMark: 'h', suffix: '' } }, '9h05'],
    ['14:05:30', { ...TWENTY_FOUR, compact: { hourMark: '', suffix: '' } }, undefined],
  ];
  for (const [text, style, expected] of cases) {
    it(`writes "${text}" in ${style.clock} ${style.meridiem} as ${String(expected)}`, () => {
      assert.equal(formatTimestamp(read(text)!, style), expected);
    });
  }

  it('ignores "12:00 noon" and "12:00 midnight" when inferring the style', () => {
    assert.deepEqual(inferClockStyle(['12:00 noon', '12:00 midnight', '14:00'].map((text) => read(text)!)).clock, '24h');
  });

  it('imposes a clock when asked, keeping that clock’s padding rule', () => {
    assert.deepEqual(inferClockStyle([], '24h'), { clock: '24h', meridiem: 'AM', meridiemSpace: true, padHour: true });
  });
});

describe('formatIsoDateTime and withCertainMeridiem', () => {
  const date = { year: 2024, month: 3, day: 9 };

  it('writes an ISO date-time, keeping seconds', () => {
    assert.equal(formatIsoDateTime(read('2:05 PM')!, date), '2024-03-09 14:05');
    assert.equal(formatIsoDateTime(read('9:05:30')!, date, 'T'), '2024-03-09T09:05:30');
    assert.equal(formatIsoDateTime(read('25:10')!, date), undefined);
  });

  it('makes am/pm explicit only when it is certain', () => {
    const meridiem = (text: string, twentyFourHour = false) => withCertainMeridiem(read(text)!, twentyFourHour)?.meridiem;
    assert.deepEqual(
      ['2:05 pm', '14:05', '00:30', '1405 -', '9h05', '9:05', '09:05', '12:30'].map((text) => meridiem(text)),
      ['pm', 'pm', 'am', 'pm', 'am', undefined, undefined, undefined],
    );
    assert.equal(meridiem('09:05', true), 'am');
  });
});
