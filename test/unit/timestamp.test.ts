import assert from 'node:assert/strict';
import { formatTimestamp, inferClockStyle, readTimestampAt, type ClockStyle } from '../../server/src/time/timestamp';

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
  ];
  for (const [text, raw, problem] of malformed) {
    it(`flags "${text}" as ${problem}`, () => {
      const timestamp = read(text)!;
      assert.equal(timestamp.raw, raw);
      assert.deepEqual(timestamp.problems, [problem]);
    });
  }

  for (const text of ['1.5 hours', '14.05', '2024-03-09', '123:45', '12:345', 'v1:22', 'at 10:00']) {
    it(`reads nothing at the start of "${text}"`, () => assert.equal(read(text), undefined));
  }

  it('keeps "am." sentence punctuation out of the time', () => {
    assert.equal(read('9:00 am. Then')!.raw, '9:00 am');
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
  ];
  for (const [text, style, expected] of cases) {
    it(`writes "${text}" in ${style.clock} ${style.meridiem} as ${String(expected)}`, () => {
      assert.equal(formatTimestamp(read(text)!, style), expected);
    });
  }
});
