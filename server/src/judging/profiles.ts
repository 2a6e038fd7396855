/**
 * Profiles: the templates a report can follow. A profile names the sections it requires (with the
 * heading a fix inserts), their conventional order, the expected length and what its action items
 * must carry. `postmortem.profile` picks one; `auto`, the default, infers the layout a report
 * follows (infer-profile.ts).
 *
 * Sources (read for the section lists; nothing copied):
 * - holberton: the "0x19. Postmortem" project of the Holberton School / ALX SE curriculum.
 * - google-sre: "Example Postmortem", Site Reliability Engineering (Google, 2016), appendix D,
 *   https://sre.google/sre-book/example-postmortem/
 * - pagerduty: "Postmortem Template", PagerDuty Incident Response documentation,
 *   https://response.pagerduty.com/after/post_mortem_template/
 * - atlassian: "Incident postmortem template", Atlassian Incident Management Handbook,
 *   https://www.atlassian.com/incident-management/postmortem/templates
 */
import type { SectionKind } from '../parse/types';

export const PROFILE_IDS = ['standard', 'holberton', 'google-sre', 'pagerduty', 'atlassian'] as const;

/** A template's id. */
export type ProfileId = (typeof PROFILE_IDS)[number];

/** What `postmortem.profile` takes: a template, or `auto` to infer it from the headings. */
export const PROFILE_SETTINGS = ['auto', ...PROFILE_IDS] as const;

/** A value of `postmortem.profile`. */
export type ProfileSetting = (typeof PROFILE_SETTINGS)[number];

/** A section a profile requires: the heading a fix writes, and the kinds it must cover (all of them). */
export interface RequiredSection {
  heading: string;
  kinds: readonly SectionKind[];
  /** Other kinds that serve instead (a "Background" for the summary of a release write-up). */
  instead?: readonly SectionKind[];
  purpose: string;
  placeholder: string;
}

/** What a profile asks of a report. */
export interface Profile {
  id: ProfileId;
  /** The template's name, for messages. */
  name: string;
  /** Where the template is published. */
  source: string | undefined;
  /** The sections the report must have, in the template's order. */
  sections: readonly RequiredSection[];
  /** Every kind in the template's order, optional sections included (section order, placing inserted sections). */
  order: readonly SectionKind[];
  /** The expected length in words, when the template sets one. */
  words: { min: number; max: number } | undefined;
  /** Columns every action item must fill (as table columns, or `Owner:` / `Bug:` labels in a list). */
  actionItemFields: readonly ActionItemField[];
  /** Parts the lessons-learned section must have. */
  lessons: readonly LessonsPart[];
  /**
   * True for the layouts of the 0x19 assignment and its kin, which ask the summary for the outage's
   * start and end with the timezone and its impact in numbers, and the timeline for an escalation.
   * Google's, PagerDuty's and Atlassian's templates, and write-ups in no template, do not.
   */
  assignment: boolean;
  /**
   * True when a section counts as present if the report gives its content anywhere (a cause in the
   * summary, a timeline under "What we saw"): an inferred layout outside the assignment's, where
   * headings are the author's own.
   */
  byContent?: boolean;
  /** True when the profile was inferred from the report's headings (`auto`), not chosen. */
  inferred?: boolean;
}

/** A field an action item must carry, and the words that name it in a table header or a label. */
export interface ActionItemField {
  name: string;
  labels: readonly string[];
}

/** A part of the lessons learned ("What went well"), and the words that name it. */
export interface LessonsPart {
  name: string;
  pattern: RegExp;
}

// What each kind is for and what a fix writes under its heading.
const KIND_TEXT: Record<SectionKind, { purpose: string; placeholder: string }> = {
  summary: {
    purpose: 'when it started and ended (with the timezone), who was affected and how, and the root cause in a sentence',
    placeholder: 'TODO: from START to END (TIMEZONE), what users saw, how many were affected, and the root cause in one sentence.',
  },
  impact: { purpose: 'who and what was affected, in numbers', placeholder: 'TODO: who and what was affected, with numbers (users, requests, revenue).' },
  timeline: {
    purpose: 'what happened and when, from the trigger to full recovery',
    placeholder: 'TODO: one bullet per event, `HH:MM - what happened`, from the trigger to full recovery.',
  },
  'root-cause': { purpose: 'what caused the incident and why it was possible', placeholder: 'TODO: what caused the incident, and why it was possible.' },
  resolution: { purpose: 'what was done to restore service', placeholder: 'TODO: what was done to restore service, and when.' },
  'root-cause-and-resolution': {
    purpose: 'what caused the incident, and what was done to restore service',
    placeholder: 'TODO: what caused the incident, why it was possible, and what was done to restore service.',
  },
  'corrective-measures': {
    purpose: 'what will change so it does not happen again, as concrete tasks',
    placeholder: 'TODO: what will change, as a list of concrete tasks.',
  },
  'lessons-learned': { purpose: 'what went well, what went wrong, and where the team got lucky', placeholder: 'TODO: what went well, what went wrong, where we got lucky.' },
  detection: { purpose: 'how and when the problem was noticed', placeholder: 'TODO: how and when the problem was noticed, and by whom or what.' },
  trigger: { purpose: 'the change or event that set it off', placeholder: 'TODO: the change or event that set the incident off.' },
  'what-happened': { purpose: 'a short account of what happened', placeholder: 'TODO: a short account of what happened.' },
  responders: { purpose: 'who responded, in which role', placeholder: 'TODO: who responded, in which role (incident commander, on-call, scribe).' },
  leadup: { purpose: 'the changes and events that led up to the incident', placeholder: 'TODO: the changes and events that led up to the incident.' },
  fault: { purpose: 'how the change failed to work as expected', placeholder: 'TODO: how the change failed to work as expected.' },
  response: { purpose: 'who responded, when, and how', placeholder: 'TODO: who responded, when and how, and any delays or obstacles.' },
  'five-whys': { purpose: 'why it happened, asked five times down to the root cause', placeholder: 'TODO: 1. Why? … 5. Why?' },
};

/** A required section with the heading a fix writes and the kinds it must cover. */
export function section(heading: string, ...kinds: SectionKind[]): RequiredSection {
  const text = KIND_TEXT[kinds.length > 1 ? 'root-cause-and-resolution' : kinds[0]!];
  return { heading, kinds, ...text };
}

const STANDARD_ORDER: readonly SectionKind[] = [
  'summary',
  'impact',
  'detection',
  'trigger',
  'timeline',
  'root-cause-and-resolution',
  'root-cause',
  'resolution',
  'corrective-measures',
  'lessons-learned',
];

const PROFILES: Readonly<Record<ProfileId, Profile>> = {
  standard: {
    id: 'standard',
    name: 'standard',
    source: undefined,
    sections: [
      section('Issue Summary', 'summary'),
      section('Timeline', 'timeline'),
      section('Root Cause', 'root-cause'),
      section('Resolution', 'resolution'),
      section('Corrective and Preventative Measures', 'corrective-measures'),
    ],
    order: STANDARD_ORDER,
    words: undefined,
    actionItemFields: [],
    lessons: [],
    assignment: true,
  },
  holberton: {
    id: 'holberton',
    name: 'Holberton 0x19 postmortem',
    source: 'the Holberton School / ALX "0x19. Postmortem" project',
    sections: [
      section('Issue Summary', 'summary'),
      section('Timeline', 'timeline'),
      section('Root Cause and Resolution', 'root-cause', 'resolution'),
      section('Corrective and Preventative Measures', 'corrective-measures'),
    ],
    order: STANDARD_ORDER,
    words: { min: 400, max: 600 },
    actionItemFields: [],
    lessons: [],
    assignment: true,
  },
  'google-sre': {
    id: 'google-sre',
    name: 'Google SRE',
    source: 'https://sre.google/sre-book/example-postmortem/',
    sections: [
      section('Summary', 'summary'),
      section('Impact', 'impact'),
      section('Root Causes', 'root-cause'),
      section('Trigger', 'trigger'),
      section('Resolution', 'resolution'),
      section('Detection', 'detection'),
      section('Action Items', 'corrective-measures'),
      section('Lessons Learned', 'lessons-learned'),
      section('Timeline', 'timeline'),
    ],
    order: ['summary', 'impact', 'root-cause', 'trigger', 'resolution', 'detection', 'corrective-measures', 'lessons-learned', 'timeline'],
    words: undefined,
    actionItemFields: [
      { name: 'Owner', labels: ['owner', 'owners', 'assignee', 'assigned to', 'who'] },
      { name: 'Bug', labels: ['bug', 'bugs', 'ticket', 'tickets', 'issue', 'jira', 'tracking'] },
    ],
    lessons: [
      { name: 'What went well', pattern: /\bwent\s+(?:well|right)\b/i },
      { name: 'What went wrong', pattern: /\bwent\s+(?:wrong|poorly|badly)\b|\bdidn[’']?t\s+go\s+(?:so\s+)?well\b/i },
      { name: 'Where we got lucky', pattern: /\bgot\s+lucky\b|\blucky\b/i },
    ],
    assignment: false,
  },
  pagerduty: {
    id: 'pagerduty',
    name: 'PagerDuty',
    source: 'https://response.pagerduty.com/after/post_mortem_template/',
    sections: [
      section('Overview', 'summary'),
      section('What Happened', 'what-happened'),
      section('Contributing Factors', 'root-cause'),
      section('Resolution', 'resolution'),
      section('Impact', 'impact'),
      section('Responders', 'responders'),
      section('Timeline', 'timeline'),
      section("How'd We Do?", 'lessons-learned'),
      section('Action Items', 'corrective-measures'),
    ],
    order: ['summary', 'what-happened', 'root-cause', 'resolution', 'impact', 'responders', 'timeline', 'lessons-learned', 'corrective-measures'],
    words: undefined,
    actionItemFields: [],
    lessons: [],
    assignment: false,
  },
  atlassian: {
    id: 'atlassian',
    name: 'Atlassian',
    source: 'https://www.atlassian.com/incident-management/postmortem/templates',
    sections: [
      section('Incident Summary', 'summary'),
      section('Leadup', 'leadup'),
      section('Fault', 'fault'),
      section('Impact', 'impact'),
      section('Detection', 'detection'),
      section('Response', 'response'),
      section('Recovery', 'resolution'),
      section('Timeline', 'timeline'),
      section('Five Whys', 'five-whys'),
      section('Root Cause', 'root-cause'),
      section('Lessons Learned', 'lessons-learned'),
      section('Corrective Actions', 'corrective-measures'),
    ],
    order: ['summary', 'leadup', 'fault', 'impact', 'detection', 'response', 'resolution', 'timeline', 'five-whys', 'root-cause', 'lessons-learned', 'corrective-measures'],
    words: undefined,
    actionItemFields: [],
    lessons: [],
    assignment: false,
  },
};

/** The profile with this id. */
export function profileOf(id: ProfileId): Profile {
  return PROFILES[id];
}

/** The kinds a document covers that a required section still lacks (empty when it is present). */
export function missingKinds(required: RequiredSection, present: ReadonlySet<SectionKind>): SectionKind[] {
  if (required.instead?.some((kind) => present.has(kind))) return [];
  return required.kinds.filter((kind) => !present.has(kind));
}
