/**
 * action-items-specific: the corrective measures name concrete tasks, not only wishes; under a
 * profile whose action items carry fields (Google SRE: Owner and Bug), every task fills them.
 */
import { correctiveRoots, correctiveTasks, isPlaceholder, mentionsField, namesField, type ListTask, type Table } from '../judging/action-items';
import type { ActionItemField, Profile } from '../judging/profiles';
import { tasksInProse } from '../judging/prose-measures';
import type { Rule } from './types';

export const actionItemsSpecific: Rule = {
  id: 'action-items-specific',
  description:
    'The corrective measures name concrete tasks (list items, table rows, or sentences that name a task ahead), not only wishes; under the google-sre profile each task has an owner and a bug.',
  severity: 'hint',
  tags: ['structure', 'action-items'],
  fixable: false,
  check({ doc, views, report }) {
    const profile = views.profile();
    const nodes = views.outline();
    const roots = correctiveRoots(nodes);
    if (roots.length === 0) return;
    const read = correctiveTasks(doc, nodes, roots);
    if (read.every((tasks) => !tasks.content)) return; // an empty section: empty-section says so
    if (read.every((tasks) => tasks.items.length === 0 && tasks.tables.length === 0 && !tasks.otherList)) {
      // Prose that names tasks ahead is measures, though not a list: only how it is written is at stake.
      if (read.some((tasks) => tasksInProse(doc, tasks.span).length > 0)) return;
      const first = roots[0]!.section;
      report({
        message: `"${first.title}" names no concrete task ahead: write each measure as a task someone can do and close ("Add an alert when the 502 rate passes 1%", "Run the config test in CI"), one per list item.`,
        span: first.heading,
      });
      return;
    }
    if (profile.actionItemFields.length === 0) return;
    // Item by item only where the section is the action items: "Resolution and preventive steps" lists done work too.
    for (const [index, tasks] of read.entries()) {
      if (roots[index]!.section.kind !== 'corrective-measures') continue;
      for (const table of tasks.tables) checkTable(table, profile, report);
      for (const item of tasks.items) checkItem(item, profile, report);
    }
  },
};

type Reporter = Parameters<Rule['check']>[0]['report'];

function checkTable(table: Table, profile: Profile, report: Reporter): void {
  const columns = new Map<ActionItemField, number>();
  const absent: string[] = [];
  for (const field of profile.actionItemFields) {
    const column = table.columns.findIndex((cell) => namesField(cell, field));
    if (column >= 0) columns.set(field, column);
    else absent.push(`"${field.name}"`);
  }
  if (absent.length > 0) report({ message: `The action items table has no ${absent.join(' and no ')} column: ${fieldsAdvice(profile)}`, span: table.header });
  for (const row of table.rows) {
    if (row.cells.every((cell) => isPlaceholder(cell))) continue;
    const missing = [...columns].filter(([, column]) => isPlaceholder(row.cells[column] ?? '')).map(([field]) => field.name);
    if (missing.length > 0) report({ message: `This action item has no ${missing.join(' and no ')}: ${fieldsAdvice(profile)}`, span: row.line });
  }
}

function checkItem(item: ListTask, profile: Profile, report: Reporter): void {
  const missing = profile.actionItemFields.filter((field) => !mentionsField(item.text, field)).map((field) => field.name);
  if (missing.length > 0) report({ message: `This action item has no ${missing.join(' and no ')}: ${fieldsAdvice(profile)}`, span: item.line });
}

function fieldsAdvice(profile: Profile): string {
  const names = profile.actionItemFields.map((field) => field.name);
  return `the ${profile.name} template gives every action item ${names.map((name) => `"${name}"`).join(' and ')} (table columns, or "${names[0]}: …" in a list item).`;
}
