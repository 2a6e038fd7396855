/**
 * What a new postmortem says under each section before its writer fills it in: short guidance, as
 * data. Each piece of guidance starts with "TODO", so the linter's template-leftover rule points at
 * every spot still to fill ("TODO" is a placeholder) and at nothing else.
 */
import type { SectionKind } from '../parse/types';

/** A piece of a template line: fixed text, a value the writer gives when creating the file, or guidance to replace. */
export type TemplatePiece = string | { value: 'title' | 'date' | 'zone' } | { guidance: string };

/** One line of a template, as pieces. */
export type TemplateLine = readonly TemplatePiece[];

const todo = (guidance: string): TemplatePiece => ({ guidance: `TODO: ${guidance}` });

/** A paragraph of guidance alone. */
function paragraph(guidance: string): TemplateLine[] {
  return [[todo(guidance)]];
}

/** The lines under the title, before the first section: the report's own facts, which the incident library reads. */
export const PREAMBLE: readonly TemplateLine[] = [
  ['**Date:** ', { value: 'date' }],
  ['**Status:** Draft'],
  // A bare "TODO": the library reads this line's value, and "TODO" alone is no value to it.
  ['**Severity:** ', { guidance: 'TODO' }],
];

/**
 * A timeline in the zone the heading states, from the trigger to full recovery; its times are
 * guidance too ("HH:MM" reads as no time at all, so no timestamp rule speaks before the writer does).
 */
const TIMELINE: readonly TemplateLine[] = [
  ['- ', { guidance: 'HH:MM' }, ' - ', todo('the change or event that set it off')],
  ['- ', { guidance: 'HH:MM' }, ' - ', todo('outage begins: what users saw first')],
  ['- ', { guidance: 'HH:MM' }, ' - ', todo('how it was detected (an alert, a customer report) and who was paged')],
  ['- ', { guidance: 'HH:MM' }, ' - ', todo('what was tried, and who it was escalated to')],
  ['- ', { guidance: 'HH:MM' }, ' - ', todo('service fully restored')],
];

/**
 * The action items: a task list, each task a prompt ("TODO: what…", which template-leftover reads as
 * a placeholder even among corrective measures, where "TODO" can be a task's status). Under a profile
 * whose items carry fields (an owner, a bug), each task names them, still to fill.
 */
function actionItems(fields: readonly string[]): TemplateLine[] {
  const item = (task: string): TemplateLine => {
    const labels = fields.flatMap((field, index): TemplatePiece[] => [index === 0 ? ' (' : ', ', `${field}: `, { guidance: 'TODO' }]);
    return ['- [ ] ', todo(task), ...labels, ...(fields.length > 0 ? [')'] : [])];
  };
  return [item('what will change so this does not happen again, as one concrete task'), item('what else will change, as another task')];
}

// What goes under each kind of section (the Timeline and the action items are built above).
const GUIDANCE: Readonly<Record<Exclude<SectionKind, 'timeline' | 'corrective-measures' | 'lessons-learned' | 'five-whys' | 'responders'>, string>> = {
  summary: 'what broke and what users saw, from when to when (with the zone), how many were affected, and why, in a few sentences.',
  impact: 'who and what was affected, in numbers (users, requests, orders, revenue).',
  'root-cause': 'what caused the incident, and why it was possible.',
  resolution: 'what was done to restore service, and when.',
  'root-cause-and-resolution': 'what caused the incident and why it was possible; then what was done to restore service, and when.',
  detection: 'how and when the problem was noticed, and by whom or what.',
  trigger: 'the change or event that set the incident off.',
  'what-happened': 'a short account of what happened, in order.',
  leadup: 'the changes and events that led up to the incident.',
  fault: 'how the change failed to work as expected.',
  response: 'who responded, when and how, and what slowed them down.',
};

/** The lines under a section of this kind; `fields` are what each action item must carry. */
export function sectionBody(kind: SectionKind, fields: readonly string[]): TemplateLine[] {
  switch (kind) {
    case 'timeline':
      return [...TIMELINE];
    case 'corrective-measures':
      return actionItems(fields);
    case 'lessons-learned':
      return [
        ['- What went well: ', todo('what worked, to keep doing')],
        ['- What went wrong: ', todo('what made it worse or slower')],
        ['- Where we got lucky: ', todo('what saved us this time, but may not next time')],
      ];
    case 'five-whys':
      return ['why did it happen', 'why was that', 'why was that', 'why was that', 'why was that possible (the root cause)'].map((question, index) => [
        `${index + 1}. `,
        todo(`${question}?`),
      ]);
    case 'responders':
      return [
        ['- Incident commander: ', todo('who')],
        ['- Responders: ', todo('who, in which role')],
      ];
    default:
      return paragraph(GUIDANCE[kind]);
  }
}
