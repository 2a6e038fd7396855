/** summary-duration: the duration the summary states agrees with the summary's own start and end. */
import { describeMinutes, windowLength } from '../parse/summary/window';
import type { StatedDuration, SummaryTime } from '../parse/types';
import type { Fix, Rule } from './types';

const HALF_DAY = 12 * 60;

export const summaryDuration: Rule = {
  id: 'summary-duration',
  description: 'The duration the summary states ("lasted about 2 hours") agrees with its own start and end times.',
  severity: 'warning',
  tags: ['summary', 'time'],
  fixable: true,
  options: {
    toleranceMinutes: {
      type: 'number',
      default: 15,
      minimum: 0,
      description: 'Slack, in minutes, for an approximate duration ("about 2 hours"); the larger of this and tolerancePercent applies.',
    },
    tolerancePercent: {
      type: 'number',
      default: 25,
      minimum: 0,
      maximum: 100,
      description: 'Slack, as a percentage of the window, for an approximate duration; the larger of this and toleranceMinutes applies.',
    },
  },
  check({ doc, options, report }) {
    const summary = doc.summary;
    const stated = summary?.duration;
    if (!summary?.start || !summary.end || !stated || summary.windows > 1) return;
    const length = windowLength(summary.start, summary.end, doc.incidentDate?.year);
    // An end before its start is summary-window's to report; no duration can be checked against it.
    if (!length || (length.dated && length.minutes < 0)) return;
    const slack = (actual: number) =>
      stated.approximate ? Math.max(stated.resolution / 2, options['toleranceMinutes'] as number, ((options['tolerancePercent'] as number) / 100) * actual) : Math.max(1, stated.resolution / 2);
    const fits = (actual: number) => {
      const difference = actual - stated.minutes;
      if (stated.qualifier === 'at-least') return difference >= -slack(actual);
      if (stated.qualifier === 'at-most') return difference <= slack(actual);
      return Math.abs(difference) <= slack(actual);
    };
    if (length.readings.some(fits)) return;
    // Among the readings the times allow, the one nearest what the author meant.
    const actual = length.readings.reduce((best, reading) => (Math.abs(reading - stated.minutes) < Math.abs(best - stated.minutes) ? reading : best), length.minutes);
    // "a 45-minute outage" is told as "lasted 45 minutes".
    const said = `The summary says the outage lasted ${QUALIFIER_WORDS[stated.qualifier]}${stated.style === 'compound' ? describeMinutes(stated.minutes) : stated.raw}`;
    const from = written(summary.start, length.dated);
    const to = written(summary.end, length.dated);
    if (length.pastMidnight && actual === length.minutes && actual > HALF_DAY) {
      report({ message: `${said}, but it ends (${to}) earlier in the day than it starts (${from}): ${describeMinutes(actual)} if it ran past midnight.`, span: stated.span });
      return;
    }
    const midnight = length.pastMidnight && actual === length.minutes ? ', past midnight,' : '';
    report({
      message: `${said}, but from ${from} to ${to}${midnight} is ${describeMinutes(actual)}.`,
      span: stated.span,
      fix: () => rewriteFix(doc.text, stated, actual),
    });
  },
};

const QUALIFIER_WORDS: Readonly<Record<StatedDuration['qualifier'], string>> = { exact: '', about: 'about ', 'at-least': 'over ', 'at-most': 'under ' };

function written(time: SummaryTime, dated: boolean): string {
  return dated && time.date ? `${time.date.raw}, ${time.timestamp.raw}` : time.timestamp.raw;
}

/**
 * The stated duration rewritten to the window's, in the author's way of writing one: "14 hours 7
 * minutes", "14h 7m", "an 80-minute outage" (with "a" or "an" before an adjective set right).
 * Offered, never applied for the author: the window may be what is wrong.
 */
function rewriteFix(text: string, stated: StatedDuration, minutes: number): Fix {
  let span = stated.span;
  let newText: string;
  if (stated.style === 'words') newText = describeMinutes(minutes);
  else if (stated.style === 'short') newText = describeMinutes(minutes).replace(/(\d+) ([dhm])\w*/g, '$1$2');
  else {
    newText = asAdjective(minutes);
    const article = /\b(an?)[ \t]+$/i.exec(text.slice(Math.max(0, span.start - 4), span.start));
    if (article) {
      const wanted = /^(?:8|11-|18-)/.test(newText) ? 'an' : 'a';
      span = { start: span.start - article[0].length, end: span.end };
      newText = `${article[1]![0] === 'A' ? wanted[0]!.toUpperCase() + wanted.slice(1) : wanted}${article[0].slice(article[1]!.length)}${newText}`;
    }
  }
  return { title: `Change "${stated.raw}" to "${newText}"`, edits: [{ span, newText }], suggestion: true };
}

// "80-minute", "3-hour", "2-day", "14-hour 7-minute".
function asAdjective(minutes: number): string {
  if (minutes < 120) return `${minutes}-minute`;
  return describeMinutes(minutes).replace(/(\d+) (\w+?)s?\b/g, '$1-$2');
}
