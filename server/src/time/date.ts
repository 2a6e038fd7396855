/** Recognising a line that only names a day: "Oct 29", "March 9, 2024", "2023-08-26", "_2018/02/28_", "Day 2". */

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?';
const DAY_LABEL = new RegExp(
  [
    `^(?:${WEEKDAY},?\\s+)?${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?$`, // Oct 29, Monday March 9th, 2024
    `^(?:${WEEKDAY},?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+\\d{4})?$`, // 29 October 2024
    '^\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?:\\s*[-–]\\s*\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2})?$', // 2023-08-26, a range of them
    '^\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?$', // 10/29, 10/29/2024
    `^${WEEKDAY}$`,
    '^day\\s+\\d{1,2}$',
  ].join('|'),
  'i',
);

/**
 * True when `text` (markup already removed) names only a day. A trailing "(Wednesday)" and a
 * "Day 2 – " before a date are allowed.
 */
export function isDayLabel(text: string): boolean {
  if (text.length > 60) return false;
  const label = text
    .replace(/[*_`:]+/g, '')
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/^day\s+\d{1,2}\s*[-–—:,]\s*(?=\S)/i, '')
    .trim();
  return DAY_LABEL.test(label);
}
