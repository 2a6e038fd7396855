/**
 * The snippets of the profiles' templates (`postmortem-google-sre`, …) in
 * snippets/postmortem.code-snippets, generated from server/src/templates so a snippet never drifts
 * from the file New Postmortem writes. `npm run generate` writes them (scripts/settings-schema.ts
 * calls this); a unit test fails when they are stale. The hand-written snippets in the file are kept.
 */
import { PROFILE_IDS } from '../server/src/judging/profiles';
import { postmortemSnippet } from '../server/src/templates/template';

/** The snippets file, relative to the repository root. */
export const SNIPPETS_PATH = 'snippets/postmortem.code-snippets';

// The generated snippets' names; any other snippet in the file is hand-written and kept as it is.
const GENERATED = /^Postmortem template \(/;

/** The snippets file's text with the templates' snippets regenerated after the hand-written ones. */
export function snippetsWithTemplates(snippetsText: string): string {
  const snippets = JSON.parse(snippetsText) as Record<string, unknown>;
  const kept = Object.entries(snippets).filter(([name]) => !GENERATED.test(name));
  const generated = PROFILE_IDS.map((id) => [`Postmortem template (${id})`, postmortemSnippet(id)] as const);
  return `${JSON.stringify(Object.fromEntries([...kept, ...generated]), null, 2)}\n`;
}
