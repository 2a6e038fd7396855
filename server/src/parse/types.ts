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

/** Why a file counts as a postmortem. */
export type Detection = 'front-matter' | 'path' | 'headings';

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
  /** Spans the rules must not read as prose: front matter, code fences, HTML. */
  opaque: Span[];
  wordCount: number;
}
