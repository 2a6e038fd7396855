/**
 * Deciding whether a Markdown file is a postmortem without parsing it: front matter, path, a title
 * that names the document a postmortem, at least two recognised section headings found by a line
 * scan, or one under an incident's status or a dated title that names a failure.
 */
import picomatch from 'picomatch';
import { INCIDENT_KINDS, sectionCovers } from './sections';
import { GLUED_HEADING, isLabelledFact, LABELLED_FACT, lineSpans, pseudoHeadingText } from './lines';
import type { Detection, SectionKind } from './types';

/** The path globs that mark a file as a postmortem by default. */
export const DEFAULT_POSTMORTEM_PATHS = ['**/*postmortem*{,/**}', '**/*post-mortem*{,/**}', '**/*incident*{,/**}'];

/** Why `text` (at `path`) is a postmortem, or undefined when it is not one. */
export function detectPostmortem(text: string, path: string | undefined, pathGlobs: readonly string[]): Detection | undefined {
  // YAML front matter, or TOML between "+++" lines (Hugo, Zola).
  const frontMatter = /^\uFEFF?(---|\+\+\+)\r?\n([\s\S]*?)\r?\n\1[ \t]*(?:\r?\n|$)/.exec(text);
  // Any one signal is enough: front matter of another type does not hide a file the path or headings mark.
  if (frontMatter && (FRONT_MATTER.test(frontMatter[2]!) || PUBLISHED_AS.test(frontMatter[2]!) || (frontMatter[2]!.match(INCIDENT_FIELD)?.length ?? 0) >= 2)) return 'front-matter';
  const frontMatterTitle = frontMatter ? /^(?:title|post_title|headline)[ \t]*[:=][ \t]*(.+)$/m.exec(frontMatter[2]!)?.[1] : undefined;
  // A status page's incident: a title naming one over its state ("status: resolved", "severity: down").
  if (frontMatterTitle !== undefined && namesOneIncident(frontMatterTitle) && INCIDENT_STATE_FIELD.test(frontMatter![2]!)) return 'front-matter';
  if (frontMatterTitle !== undefined && namesReport(frontMatterTitle)) return 'title';
  if (path !== undefined && pathGlobs.length > 0) {
    const posix = path.replace(/\\/g, '/');
    if (picomatch.isMatch(posix, [...pathGlobs], { nocase: true, dot: true })) return 'path';
  }
  return scanHeadings(text, frontMatter ? frontMatter[0].length : 0, frontMatterTitle);
}

// A front-matter field that files the document as a postmortem or incident report: "type: postmortem",
// "layout: incident", "category: post-mortem", "tags: [outage, postmortem]", a list item under "tags:".
const FRONT_MATTER =
  /^(?:type|kind|layout|template|category|categories|tags|doctype|document_type)[ \t]*[:=][^\n]*\b(?:post[ -]?mortems?|incident(?:[ _-]?reports?)?|rca)\b|^(?:tags|categories)[ \t]*:[ \t]*\r?\n(?:[ \t]*-[^\n]*\r?\n)*?[ \t]*-[ \t]*["']?(?:post[ -]?mortems?|incidents?)["']?[ \t]*$/im;

// The address it is published at names it, as a path would: "slug: s1ngularity-postmortem".
const PUBLISHED_AS = /^(?:slug|permalink|url_path|path)[ \t]*[:=][^\n]*\b(?:post[ _-]?mortems?|incident[ _-]?reports?)\b/im;
// Fields that give an incident's state on a status page: "status: resolved", "resolved: true", "severity: major".
const INCIDENT_STATE_FIELD = /^(?:status|state)[ \t]*[:=][ \t]*["']?(?:resolved|investigating|identified|monitoring|mitigated|closed|postmortem)\b|^(?:resolved|severity|impact|affected(?:[_-]?(?:systems|services|components))?)[ \t]*[:=]/im;
// Fields that record an incident's own times: "start_time: 2012-07-30T02:33:00Z", "resolved_at: …".
const INCIDENT_FIELD = /^(?:start_time|end_time|started_at|ended_at|detected_at|resolved_at|mitigated_at|incident_(?:start|end|date)|outage_(?:start|end)|time_to_(?:detect|resolve|mitigate))[ \t]*[:=]/gim;

// A title that names the document itself an incident report: "Postmortem: …", "Post-Mortem of the
// May outage", "Incident report: …", "Root cause analysis", "RCA – …". Enough alone.
const TITLE_NAMES_REPORT = /\bpost[ -]?mortems?\b|\bpost?[ -]?mort(?:em|en|um)s?\b|\bincident[ -]+(?:report|review|analysis|retrospective|update|summary|write-?up)\b|\b(?:outage|downtime)[ -]+(?:report|review|analysis)\b|\broot[ -]+cause[ -]+analysis\b|\bRCA\b|\bpost[ -]incident\b/i;
// A title that names an incident ("Checkout website outage", "Database incident on 3 May", "Testnet
// halt"): enough with one incident section.
const TITLE_NAMES_INCIDENT = /\b(?:outages?|incidents?|downtime|disruption|service\s+interruption|halt(?:s|ed)?|stall(?:s|ed)?|(?:ddos|cyber|ransomware|phishing)[ -]?attacks?|(?:data|security)\s+breach(?:es)?|breach(?:es)?\s+of)\b/i;

// A look back at one incident: "Retrospective: lessons we learned from 2 major API outages",
// "Lessons learned from the March outage" (a sprint's retrospective names no incident).
const LOOKS_BACK = /\bretrospective\b|\blessons?\s+(?:we\s+)?learn(?:ed|t)\b/i;

// A title that calls the document a report, or looks back at an incident.
function namesReport(title: string): boolean {
  const plain = plainTitle(title);
  return TITLE_NAMES_REPORT.test(plain) || (LOOKS_BACK.test(plain) && namesOneIncident(plain));
}

// A title with its hyphens plain: "post&#x2011;mortem", "post‑mortem" (a non-breaking hyphen) and
// "post–mortem" name a postmortem as "post-mortem" does.
function plainTitle(title: string): string {
  return title.replace(/&#x(?:2010|2011|2012|2013|2014);|&#(?:8208|8209|8210|8211|8212);|&(?:hyphen|dash|ndash|mdash);/gi, '-').replace(/[\u2010-\u2014\u00AD]/g, '-');
}

// A glued heading ("###Timeline") with its title where a heading match holds it ([1]).
function gluedHeading(line: string): [string, string] | undefined {
  const glued = GLUED_HEADING.exec(line);
  return glued ? [glued[0], glued[2]!] : undefined;
}


// "Postmortem Report: The Great Cache Apocalypse" over a blank line, or over the report's own
// metadata ("📝 Post-Mortem Report" then "Incident Date: October 29th"): a plain line used as the title.
function standsAsTitle(text: string, end: number, line: string): boolean {
  if (line.trim().length > 100 || /[.!?,;:]\s*$/.test(line) || /^\s*(?:[-*+>|]|\d+[.)])/.test(line)) return false;
  // A first line that is only the word ("Postmortem", "Incident report") names the document whatever follows.
  if (ONLY_THE_NAME.test(line.replace(/<!--.*?-->/g, ''))) return true;
  const next = text.slice(end, end + 300).replace(/^\r?\n/, '').split(/\r?\n/, 1)[0]!;
  return /^\r?\n\s*(?:\r?\n|$)/.test(text.slice(end, end + 4)) || isLabelledFact(next);
}

const ONLY_THE_NAME = /^[^\p{L}\p{N}]*(?:post[ -]?mortem|incident[ -]+report|outage[ -]+report)s?[^\p{L}\p{N}]*$/iu;

// The report's own record of the incident near its top: a status an incident has ("**Status:**
// Recovered", "Status: Resolved"), or a severity ("Severity: SEV-2", "Priority: P1").
const INCIDENT_STATUS =
  /^[ \t>*_-]*(?:incident[ \t]+)?(?:status|state)[*_]*[ \t]*:[*_ \t]*(?:resolved|recovered|mitigated|monitoring|investigating|identified)\b|^[ \t>*_-]*(?:incident[ \t]+)?(?:severity|sev|priority)[*_]*[ \t]*:[*_ \t]*(?:sev[ -]?\d|p[0-4]\b|critical|major|high|medium|minor|low)\b/im;
// A title that gives the day (or the month) and names a failure: "2026-06-06 — Email registration
// failures", "Mainnet outage 2021-11-22 17:40 UTC", "January 2020 - Plex Server Outage", "2024-03-17 OVH1 Down".
const TITLE_DATE =
  /(?<![\p{L}\p{N}])(?:\d{4}-\d\d-\d\d|\d{1,2}[ \t]+\p{L}{3,9}[ \t]+\d{4}|\p{L}{3,9}[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+\d{4}|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)[ \t]+\d{4})(?![\p{L}\p{N}])/iu;
// "Down" as a state ("OVH1 Down", "API was down"), not a verb's ("Scaling down the cluster").
const TITLE_FAILURE = /\b(?:failures?|outages?|incidents?|downtime|crash(?:es|ed)?|degraded|unavailable|data[ \t]+loss|leak(?:s|ed)?)\b|\bdown[\s.!]*$|\b(?:is|was|went|goes|being)[ \t]+down\b/i;
// A release, a changelog or a newsletter names failures it fixed or counted, not one that happened:
// "v2.3.0 (March 2024): fixes crashes on startup", "Team update, June 2023 - incident stats".
const NOT_ONE_FAILURE = /\b(?:fix(?:es|ed|ing)?|prevent(?:s|ed|ing)?|releases?|changelog|newsletter|update|stats|statistics|metrics)\b|\bv?\d+\.\d+(?:\.\d+)?\b/i;
const datedFailure = (title: string) => TITLE_DATE.test(title) && TITLE_FAILURE.test(title) && !NOT_ONE_FAILURE.test(title);
// Sections a report has and other documents rarely do: two of them under a title or heading that
// names an incident ("Security Incident Disclosure" over "What was impacted" and "What we're doing
// about it") make a postmortem.
const REPORT_KINDS: ReadonlySet<SectionKind> = new Set(['impact', 'response', 'resolution', 'corrective-measures', 'lessons-learned', 'detection', 'trigger', 'timeline', 'root-cause', 'root-cause-and-resolution']);
// A title or heading about handling incidents in general, not about one: "Incident Response Plan",
// "Reporting a security incident", "Incident management handbook", "Severity levels".
const INCIDENTS_IN_GENERAL = /\b(?:plans?|polic(?:y|ies)|process(?:es)?|procedures?|runbooks?|playbooks?|handbooks?|guides?|guidelines|templates?|checklists?|management|response|reporting|handling|severity|levels?|types|classification|how\s+to|protection|prevention|mitigation|defen[cs]es?|simulations?|drills?|exercises?|training)\b/i;
// Words that tell one incident that happened: "a token leaked", "the migration deleted the data",
// "the network was down". A plan for incidents says what to do, in the present or the future.
const TOLD_AS_HAPPENED =
  /\b(?:occurred|happened|went\s+(?:down|offline)|(?:was|were)\s+(?:\w+\s+)?(?:down|lost|deleted|wiped|leaked|unavailable|unreachable|affected|impacted|compromised|exposed|corrupted|restored|halted|stalled|exploited|caused\s+by)|(?:crashed|failed|leaked|deleted|halted|stalled|dropped|broke)\b(?!\s*,?\s*(?:then|restart|roll|page|open|escalate)))/i;

// A title or heading that names an incident, and not the handling of incidents in general.
function namesOneIncident(title: string): boolean {
  return TITLE_NAMES_INCIDENT.test(title) && !INCIDENTS_IN_GENERAL.test(title);
}

// Two or more recognised sections, one of them incident-specific (a timeline or a root cause): a
// README with "Summary" and "Next steps" is not a postmortem. A title (the first heading, or the
// first line in bold) that calls the document a postmortem is enough alone; one that names an
// outage is enough with one incident section. Fenced code is skipped.
function scanHeadings(text: string, from: number, frontMatterTitle: string | undefined): Detection | undefined {
  const kinds = new Set<SectionKind>();
  const incidentRecord = INCIDENT_STATUS.test(text.slice(from, from + 3000));
  let title = frontMatterTitle;
  let fence: string | undefined;
  let metadataLines = 0;
  let namesIncident = false;
  let toldAsHappened: boolean | undefined;
  for (const { start, end } of lineSpans(text)) {
    if (start < from) continue;
    const line = text.slice(start, end);
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      if (fence === undefined) fence = fenceMatch[1]![0]!;
      else if (fenceMatch[1]![0] === fence) fence = undefined;
      continue;
    }
    if (fence !== undefined) continue;
    // A heading, also one whose "#" lost its space ("###Debugging process"), which renders as text but was meant as one.
    const heading = /^ {0,3}#{1,6}[ \t]+(.*)$/.exec(line) ?? /^[ \t]*<h[1-6]\b[^>]*>(.*?)<\/h[1-6]\s*>/i.exec(line) ?? gluedHeading(line);
    // A block of page metadata before the title ("slug: …" then "published: …") is not it.
    const metadata = title === undefined && !heading && LABELLED_FACT.test(line) && (metadataLines > 0 || LABELLED_FACT.test(text.slice(end, end + 300).replace(/^\r?\n/, '').split(/\r?\n/, 1)[0]!));
    if (metadata) metadataLines++;
    if (title === undefined && /\S/.test(line) && !metadata) {
      // The first heading, a first line in bold, or a first line that stands alone as a title (short, no sentence end).
      title = heading ? heading[1]! : /^[ \t]*(?:\*\*|__)/.test(line) || standsAsTitle(text, end, line) ? line : '';
      if (namesReport(title)) return 'title';
    }
    const pseudo = heading ? undefined : pseudoHeadingText(line);
    const covers = heading ? sectionCovers(heading[1]!, 'heading') : pseudo === undefined ? [] : sectionCovers(pseudo, 'pseudo');
    for (const kind of covers) kinds.add(kind);
    if (heading && covers.length === 0 && namesOneIncident(heading[1]!)) namesIncident = true;
    const incident = [...kinds].some((kind) => INCIDENT_KINDS.has(kind));
    if (incident && (kinds.size >= 2 || TITLE_NAMES_INCIDENT.test(title ?? ''))) return 'headings';
    // A title naming incidents over a section telling what happened: a team's incident log.
    if (kinds.has('what-happened') && namesOneIncident(title ?? '')) return 'headings';
    // An incident's record (its status or severity stated at the top) over a section only a report
    // has, past a summary (a bug report has "Priority: High" over "## Summary"); or a dated title
    // naming a failure over any section.
    if ((incidentRecord && [...kinds].some((kind) => kind !== 'summary')) || (kinds.size > 0 && datedFailure(title ?? ''))) return 'headings';
    if ((namesIncident || namesOneIncident(title ?? '')) && [...kinds].filter((kind) => REPORT_KINDS.has(kind)).length >= 2 && (toldAsHappened ??= TOLD_AS_HAPPENED.test(text.slice(from, from + 5000)))) return 'headings';
  }
  return undefined;
}
