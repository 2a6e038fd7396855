/**
 * The `auto` profile: which template a report follows, read from the sections it has, and what that
 * layout can fairly be asked for. A report that follows Google's template (Impact, Trigger,
 * Detection, Lessons Learned) is not told it lacks the 0x19 "Issue Summary"; a release write-up
 * (Background, Timeline, What went well, Action Items) is not told it lacks a Resolution. Only the
 * core of the inferred layout is required, since its optional parts vary from team to team.
 */
import type { PostmortemDoc, SectionKind } from '../parse/types';
import { profileOf, section, type Profile, type ProfileSetting, type RequiredSection } from './profiles';

/** The profile a report is judged by: the chosen one, or the one its headings follow. */
export function profileFor(doc: PostmortemDoc, setting: ProfileSetting): Profile {
  return setting === 'auto' ? inferProfile(doc) : profileOf(setting);
}

// Kinds that only one family of templates uses; two of them mark the family.
const MARKS: ReadonlyArray<{ layout: 'atlassian' | 'pagerduty' | 'google-sre'; kinds: readonly SectionKind[] }> = [
  { layout: 'atlassian', kinds: ['leadup', 'fault', 'five-whys', 'response'] },
  { layout: 'pagerduty', kinds: ['responders', 'what-happened'] },
  { layout: 'google-sre', kinds: ['impact', 'trigger', 'detection', 'lessons-learned'] },
];

/** The template a report's sections follow, with only that layout's core sections required. */
export function inferProfile(doc: PostmortemDoc): Profile {
  const present = new Set(doc.sections.flatMap((each) => each.covers));
  const count = (kinds: readonly SectionKind[]) => kinds.filter((kind) => present.has(kind)).length;
  const marked = MARKS.map((mark) => ({ ...mark, score: count(mark.kinds) })).sort((a, b) => b.score - a.score)[0]!;
  const summary = (heading: string): RequiredSection => ({ ...section(heading, 'summary'), instead: ['what-happened'] });
  if (marked.score >= 2) {
    const template = profileOf(marked.layout);
    const sections: Record<typeof marked.layout, RequiredSection[]> = {
      atlassian: [summary('Incident Summary'), section('Timeline', 'timeline'), { ...section('Root Cause', 'root-cause'), instead: ['five-whys', 'fault'] }, section('Corrective Actions', 'corrective-measures')],
      pagerduty: [summary('Overview'), section('Contributing Factors', 'root-cause'), section('Resolution', 'resolution'), section('Timeline', 'timeline'), section('Action Items', 'corrective-measures')],
      // A release write-up in Google's family may give the cause in its Background; its timeline and action items are its core.
      'google-sre': present.has('root-cause') || present.has('trigger')
        ? [summary('Summary'), { ...section('Root Causes', 'root-cause'), instead: ['trigger'] }, section('Timeline', 'timeline'), section('Action Items', 'corrective-measures')]
        : [summary('Summary'), section('Timeline', 'timeline'), section('Action Items', 'corrective-measures')],
    };
    return { ...template, sections: sections[marked.layout], ...LENIENT, byContent: true };
  }
  // The 0x19 assignment's layout: its "Issue Summary", its combined "Root Cause and Resolution", its
  // "Corrective and Preventative Measures", or the assignment named. Its headings are required as such.
  // "Issue Summary" alone is not the assignment, as many teams' templates open with it: with it, most of
  // the assignment's sections must be there too.
  const headed = (pattern: RegExp) => doc.sections.some((each) => pattern.test(each.title));
  const assignment =
    present.has('root-cause-and-resolution') ||
    headed(MEASURES_HEADING) ||
    (headed(SUMMARY_HEADING) && count(['timeline', 'root-cause', 'resolution', 'corrective-measures']) >= 3) ||
    ASSIGNMENT_NAMED.test(`${doc.title?.text ?? ''}\n${doc.text.slice(0, 20000)}`);
  const template = profileOf(present.has('root-cause-and-resolution') ? 'holberton' : 'standard');
  const sections = template.sections.map((required) => (required.kinds.includes('summary') ? { ...required, instead: ['what-happened'] as const } : required));
  // Any other write-up: its headings are its own, so a section is missing only when its content is.
  // So is the assignment told as a story with no section headings at all: what it lacks is content, if anything.
  return { ...template, sections, ...LENIENT, assignment, byContent: !assignment || present.size === 0 };
}

// The assignment named, or its task titles ("My first postmortem", "Make people want to read your
// postmortem") and its subject ("web stack" debugging) in the report.
const ASSIGNMENT_NAMED = /\b0x19\b|\bmy\s+first\s+post-?mortem\b|\bmake\s+people\s+want\s+to\s+read\b|\bweb[\s-]?stack\s+(?:outage|debug|incident|failure)/i;
// The 0x19 assignment's own headings (typos tolerated as the section reader does).
const SUMMARY_HEADING = /\bissue\s+summ[a-z]*\b/i;
const MEASURES_HEADING = /\bcorrective\s+(?:and|&|\/)\s+prev[a-z]*\s+(?:measures|actions)\b/i;

// What only a chosen profile asks for: the assignment's word count, an owner and a bug on every
// action item, the three parts of Google's lessons learned.
const LENIENT = { words: undefined, actionItemFields: [], lessons: [], inferred: true, assignment: false } as const;
