/** The sentences that quantify the impact: in the summary, or in any section (an Impact section's, say). */
import { lineSpans } from '../lines';
import type { ImpactStatement, Section, Span } from '../types';
import { proseView, SECTION_LIMIT } from './region';
import { sentenceAround } from './sentence';

/**
 * The sentences of `span` that quantify impact (an Impact section's, say), skipping code, HTML and
 * heading lines. A quantity is a percentage; a number next to what it counts ("12,000 customers",
 * "1.21B queries", "three major clients"); "all", "every" or "none of" with what it counts;
 * a fraction ("four fifths of users", "1 in 10 requests"); one person or the author ("the user could
 * not push", "I was unable to log in"); or a sum of money.
 */
export function impactStatementsIn(text: string, span: Span, sections: readonly Section[], opaque: readonly Span[]): ImpactStatement[] {
  const limited = { start: span.start, end: Math.min(span.end, span.start + SECTION_LIMIT) };
  const lines = lineSpans(text.slice(limited.start, limited.end)).map((line) => ({ start: line.start + limited.start, end: line.end + limited.start }));
  const headings = sections.filter((section) => section.heading.start >= limited.start && section.heading.start < limited.end).map((section) => section.heading);
  return findImpactStatements(proseView(text, limited, opaque, headings), lines);
}

// What an impact is counted in. Infrastructure (servers, nodes) and errors are not who or what was hurt.
const COUNTED_NOUNS = String.raw`(?:users?|customers?|clients?|visitors?|subscribers?|members?|people|students?|developers?|merchants?|sellers?|buyers?|tenants?|accounts?|requests?|quer(?:y|ies)|calls?|transactions?|orders?|payments?|bookings?|checkouts?|purchases?|log-?ins?|sign-?ins?|sessions?|messages?|e-?mails?|notifications?|uploads?|downloads?|builds?|deployments?|jobs?|pages?|page[ \t]?views|sites?|websites?|apps?|applications?|services?|endpoints?|apis?|features?|regions?|traffic|revenue|sales|records?|rows?|files?|blocks?|tickets?|complaints?|inquir(?:y|ies)|packages?|repositor(?:y|ies)|devices?|stores?|shops?|partners?|organi[sz]ations?|businesses|companies|employees|staff|agents?|videos?|posts?|visits?|teams?|projects?|hubs?|validators?|nodes?)`;
// Plurals that count time, size or machines, not who or what was hurt.
const NOT_COUNTED = String.raw`(?:seconds|secs|minutes|mins|hours|hrs|days|weeks|months|years|times|bytes|[kmgtp]bs|servers|nodes|hosts|machines|instances|pods|containers|cores|cpus|vms|replicas|shards|disks|lines|errors|retries|attempts|steps|commands|ms|percent|points|degrees|versions|releases|commits|files|logs)`;
// A count of two digits or more before a plural of what it counts, whatever that is: "1,200 payslips",
// "all 4,200 invoices", "35 shipments" (not a unit, a machine or an error: "45 minutes", "12 servers").
const ANY_COUNT = new RegExp(String.raw`(?<![\p{L}\p{N}.:/-])(?:\d{1,3}(?:,\d{3})+|\d{2,})[ \t]+(?:[\p{L}-]+[ \t]+)?(?!${NOT_COUNTED}\b)\p{L}{2,}s\b`, 'giu');
const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:[ \t]?(?:[kKmMbB]|thousand|million|billion)(?![\p{L}]))?|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty|hundreds?|thousands?|millions?|dozens?)(?:[ \t]+of)?`;
const GAP = String.raw`(?:[\p{L}'’-]+[ \t]+){0,2}?`;
const QUANTITIES: readonly RegExp[] = [
  /\d+(?:[.,]\d+)?[ \t]?(?:%|percent\b|per[ \t]cent\b)/giu,
  new RegExp(String.raw`(?<![\p{L}\p{N}.:/-])(?:${NUMBER})[ \t]+${GAP}${COUNTED_NOUNS}(?![\p{L}])`, 'giu'),
  // "all users", "every other first-party plugin user": up to four words of what kind between.
  new RegExp(String.raw`\b(?:all|every|none)[ \t]+(?:of[ \t]+)?(?:(?:the|our|their|its|your)[ \t]+)?(?:[\p{L}'’-]+[ \t]+){0,4}?${COUNTED_NOUNS}(?![\p{L}])`, 'giu'),
  // "6/32 of the affected packages", "3 of 12 regions"
  new RegExp(String.raw`\b\d+[ \t]*(?:\/|out[ \t]+of|of)[ \t]*\d+[ \t]+(?:of[ \t]+)?(?:(?:the|our|their|its|your)[ \t]+)?${GAP}${COUNTED_NOUNS}(?![\p{L}])`, 'giu'),
  // All of it, in words: "entirely inaccessible", "completely down", "a total outage", "nothing usable".
  /\b(?:entirely|completely|totally|fully)[ \t]+(?:down|unavailable|inaccessible|unreachable|offline|unusable|broken)\b|\b(?:total|complete|full)[ \t]+(?:outage|blackout|downtime)\b|\bnothing[ \t]+(?:was[ \t]+)?(?:usable|reachable|worked|loaded)\b/giu,
  // The whole service down, which is everyone who uses it: "made the application unavailable", "the
  // website was down", "users could not reach the site at all".
  /\b(?:the|our|its)[ \t]+(?:[\p{L}-]+[ \t]+)?(?:application|app|site|website|service|platform|api|store|shop)[ \t]+(?:was|went|became|is|were)[ \t]+(?:completely[ \t]+|entirely[ \t]+)?(?:down|unavailable|unreachable|inaccessible|offline)\b|\bmade[ \t]+(?:the|our)[ \t]+(?:[\p{L}-]+[ \t]+)?(?:application|app|site|website|service|platform|api)[ \t]+(?:completely[ \t]+)?(?:unavailable|unreachable|inaccessible|unusable)\b|\bcould[ \t]*n[o'’]t[ \t]+(?:reach|access|use|load|open)[ \t]+[^.\n]{1,40}?[ \t]at[ \t]+all\b/giu,
  // "anyone trying to reach the site", "everyone who logged in": every user, without the word "users".
  /\b(?:for[ \t]+)?(?:everyone|everybody|anyone|anybody)\b/giu,
  ANY_COUNT,
  // The author, or the author's team, alone: "I was unable to access the data", "we couldn't log in".
  /\b(?:I|[Ww]e)[ \t]+(?:(?:was|were)[ \t]+unable|could[ \t]*n[o'’]t|couldn[’']t|could[ \t]+no[ \t]+longer)\b/gu,
  // One person: "the user could not push", "a single customer" (not "the user experience").
  new RegExp(String.raw`\b(?:the|a|one|a[ \t]+single|only[ \t]+one|the[ \t]+(?:single|sole|only|lone))[ \t]+(?:user|customer|client|developer|student|visitor)\b(?![ \t-]+(?:experience|interface|base|journey|data|accounts?|agents?|settings|sessions?|facing|friendly)\b)`, 'giu'),
  new RegExp(String.raw`\b(?:half|(?:a|one|two|three|four)[ \t-](?:thirds?|quarters?|fifths?|tenths?))[ \t]+of[ \t]+(?:(?:the|our|their|all)[ \t]+)?${GAP}${COUNTED_NOUNS}(?![\p{L}])`, 'giu'),
  /\b\d+[ \t]+(?:out[ \t]+of|in)[ \t]+\d+\b/giu,
  // A labelled count: "Users affected: One", "Customers impacted - 1,200", "Affected users: all".
  new RegExp(String.raw`\b(?:${COUNTED_NOUNS}[ \t]+(?:affected|impacted)|(?:affected|impacted)[ \t]+${COUNTED_NOUNS})[*_]*[ \t]*[:=–—-][*_]*[ \t]*(?:~|about[ \t]+|around[ \t]+|approximately[ \t]+)?(?:${NUMBER}|one|all|every(?:one)?|none|half)\b`, 'giu'),
  /[$€£¥][ \t]?\d(?:[\d,]*\d)?(?:\.\d+)?(?:[ \t]?(?:k|m|million|billion)\b)?|\b\d[\d,.]*[ \t]?(?:k|m|million|billion)?[ \t]?(?:USD|EUR|GBP|dollars|euros|pounds)\b/giu,
];
// "500 error responses", "HTTP 503 requests": a status code is not a count.
const NOT_A_COUNT = /\b(?:errors?|status|response|code|http|internal|gateway|server)\b/i;

/**
 * The sentences of the prose lines that state a quantity of impact, each once, in order. Lines that
 * follow one another are read as one paragraph, so a count wrapped onto the next line ("affecting
 * 2,354 / users") is read whole.
 */
export function findImpactStatements(text: string, prose: readonly Span[]): ImpactStatement[] {
  const statements: ImpactStatement[] = [];
  for (const paragraph of paragraphsOf(text, prose)) {
    const from = paragraph[0]!.start;
    // The line breaks as spaces: offsets stay those of the text.
    const paragraphText = text.slice(from, paragraph[paragraph.length - 1]!.end).replace(/[\r\n]/g, ' ');
    const found: Span[] = [];
    for (const pattern of QUANTITIES) {
      pattern.lastIndex = 0;
      for (const match of paragraphText.matchAll(pattern)) {
        if ((pattern === QUANTITIES[1] || pattern === ANY_COUNT) && (NOT_A_COUNT.test(match[0]) || /^\d{4}$/.test(match[0].split(/[ \t]/)[0]!))) continue;
        found.push({ start: from + match.index, end: from + match.index + match[0].length });
      }
    }
    for (const quantity of found.sort((a, b) => a.start - b.start)) {
      const line = paragraph.find((each) => quantity.start < each.end) ?? paragraph[paragraph.length - 1]!;
      const sentence = sentenceAround(text, line, Math.max(quantity.start, line.start));
      if (statements[statements.length - 1]?.sentence.start !== sentence.start) statements.push({ sentence, quantity });
    }
  }
  return statements;
}

// Runs of prose lines with nothing between them but their line breaks.
function paragraphsOf(text: string, prose: readonly Span[]): Span[][] {
  const paragraphs: Span[][] = [];
  for (const line of prose) {
    const last = paragraphs[paragraphs.length - 1];
    const previous = last?.[last.length - 1];
    if (previous && /^\r?\n$/.test(text.slice(previous.end, line.start)) && text.slice(previous.start, previous.end).trim() !== '' && text.slice(line.start, line.end).trim() !== '') last!.push(line);
    else paragraphs.push([line]);
  }
  return paragraphs;
}
