/** The typed model of a postmortem that every rule, feature and the CLI read. */
import type { CalendarDate, DateMention } from '../time/date';
import type { Timestamp } from '../time/timestamp';
import type { ZoneMention } from '../time/zone';

/** A half-open range of UTF-16 offsets into the document text. */
export interface Span {
  start: number;
  end: number;
}

/** What a section is for, recognised from its heading's meaning. */
export type SectionKind =
  | 'summary'
  | 'impact'
  | 'timeline'
  | 'root-cause'
  | 'resolution'
  | 'root-cause-and-resolution'
  | 'corrective-measures'
  | 'lessons-learned'
  | 'detection'
  | 'trigger'
  | 'what-happened'
  | 'responders'
  | 'leadup'
  | 'fault'
  | 'response'
  | 'five-whys';

/** A heading and the text it governs. */
export interface Section {
  /** The recognised kind, or undefined for a heading we do not know. */
  kind: SectionKind | undefined;
  /** Every kind the heading covers ("Root Cause and Resolution" covers three); empty when unknown. */
  covers: SectionKind[];
  /** The heading text without markdown markers. */
  title: string;
  /** 1–6 for real headings; pseudo-headings nest one level under the heading they sit in. */
  depth: number;
  /** A real `#` heading, or a line that only names a section ("**Timeline**", "Issue Summary:"). */
  form: 'heading' | 'pseudo';
  /** The heading line itself. */
  heading: Span;
  /** From the start of the heading to the end of the section's last line. */
  span: Span;
}

/** How an entry's time relates to the one before it. */
export type TimelineStep = 'first' | 'forward' | 'rollover' | 'backwards' | 'unreadable';

/** One line of the timeline that starts with a time. */
export interface TimelineEntry {
  /** The whole line (without its line break). */
  line: Span;
  /** The clock time the entry starts with. */
  timestamp: Timestamp;
  /** A date written with the time ("2024-03-09 12:27", "13:15 PST 29 april 2022"), if any. */
  dateMention: DateMention | undefined;
  /** A zone written with the time ("14:00 UTC", "(WAT)", "12:27Z"), if any. */
  zone: ZoneMention | undefined;
  /** The end of a range ("12:27–12:40"), if any. */
  rangeEnd: Timestamp | undefined;
  /** The entry's text after the time and its separators. */
  description: string;
  /** Index into `Timeline.groups`. */
  group: number;
  /** The entry's day: its own date, its day group's, or the incident's; undefined when none is known. */
  date: CalendarDate | undefined;
  /**
   * Minutes on one continuous local clock for the whole timeline (day × 1440 + minute of day),
   * counting midnight rollovers; undefined when the time cannot be read.
   */
  at: number | undefined;
  /** How this entry's time relates to the previous readable one. */
  step: TimelineStep;
}

/** A run of entries that share one day: a timeline section, or a day line inside one ("- Oct 29"). */
export interface TimelineGroup {
  label: string;
  span: Span;
  /** The day the line names, the day of the incident ("Day 2" is 2), `true` for a weekday alone; undefined for a section. */
  date: CalendarDate | number | true | undefined;
}

/** The incident's timeline, read from every timeline section. */
export interface Timeline {
  sections: Section[];
  /** The zone stated for the whole timeline (heading or the line under it), if any. */
  zone: ZoneMention | undefined;
  entries: TimelineEntry[];
  groups: TimelineGroup[];
}

/** A time the summary states for the outage's start or end. */
export interface SummaryTime {
  timestamp: Timestamp;
  /**
   * The date written with it, else with the other end of the window, else earlier in its sentence
   * ("On March 9, 2024, from 14:05 to 15:20"). The same object on both ends when one date serves both.
   */
  date: DateMention | undefined;
  /** The zone written with it, or with the other end of the window ("from 10:00 to 11:30 UTC"). */
  zone: ZoneMention | undefined;
}

/** A duration the summary states for the outage: "lasted approximately 2 hours", "a 90-minute outage". */
export interface StatedDuration {
  /** The duration's own words ("2 hours"), without a qualifier before them. */
  span: Span;
  raw: string;
  minutes: number;
  /** The rounding the words allow, in minutes: 1440 for whole days, 60 for whole hours, 30 for "and a half", 1 for minutes. */
  resolution: number;
  /** "approximately 2 hours" is about, "over 2 hours" at least, "under 2 hours" at most. */
  qualifier: 'exact' | 'about' | 'at-least' | 'at-most';
  /** True for every qualifier but exact. */
  approximate: boolean;
  /** How it is written: "2 hours", "2h 5m", or as an adjective ("a 3-hour outage"). */
  style: 'words' | 'short' | 'compound';
}

/** A sentence of the summary that quantifies the impact ("38% of logins failed", "12,000 customers"). */
export interface ImpactStatement {
  sentence: Span;
  /** The quantity itself: a percentage, a count next to what it counts, "all users", a sum of money. */
  quantity: Span;
}

/** What the incident summary states. */
export interface SummaryFacts {
  /** The summary section; undefined when the summary is the prose before the first section. */
  section: Section | undefined;
  /** The text read as the summary. */
  span: Span;
  /** Where findings about the summary as a whole go: the heading's words, or the first line stating a time. */
  anchor: Span;
  /** When the summary says the outage started, if it does. */
  start: SummaryTime | undefined;
  /** When the summary says the outage ended, if it does. */
  end: SummaryTime | undefined;
  /** The first time the summary mentions when nothing tells whether it is the start or the end ("it was rerun at 07:30"). */
  unplaced: SummaryTime | undefined;
  /** How many times of day the summary mentions, placed or not. */
  timesMentioned: number;
  /** How many windows it states ("from 08:00 to 09:25"): more than one tells several incidents or phases. */
  windows: number;
  /** The zone the summary states: with its window, else the first it names anywhere. */
  zone: ZoneMention | undefined;
  duration: StatedDuration | undefined;
  impact: ImpactStatement[];
  /** The sentence that states the root cause, if one does. */
  rootCause: Span | undefined;
}

/** Why a file counts as a postmortem. */
export type Detection = 'front-matter' | 'path' | 'title' | 'headings';

/** A parsed postmortem. */
export interface PostmortemDoc {
  text: string;
  detectedBy: Detection;
  /** The H1 title, when there is one that is not itself a section. */
  title: { text: string; span: Span } | undefined;
  sections: Section[];
  timeline: Timeline;
  /** The incident's date, from the title, the lines before the first section, or the summary. */
  incidentDate: DateMention | undefined;
  /** The first zone the summary states, if any. */
  summaryZone: ZoneMention | undefined;
  /** What the incident summary states (its window, duration, impact, root cause); undefined without a summary. */
  summary: SummaryFacts | undefined;
  /** Spans the rules must not read as prose: front matter, code fences, HTML. */
  opaque: Span[];
  /** Markdown an HTML block swallowed (no blank line after the HTML), which renders as raw text; read as prose. */
  swallowed: Span[];
  wordCount: number;
}
