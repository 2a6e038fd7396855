/**
 * The `contributes.configuration` section of package.json, generated from the rule registry so the
 * settings never drift from the rules. `npm run generate` writes it, and the templates' snippets
 * (template-snippets.ts); a unit test fails when either is stale.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DEFAULT_POSTMORTEM_PATHS } from '../server/src/parse/detect';
import { PROFILE_SETTINGS, profileOf } from '../server/src/judging/profiles';
import { rules } from '../server/src/rules/registry';
import type { RuleOption } from '../server/src/rules/types';
import { SNIPPETS_PATH, snippetsWithTemplates } from './template-snippets';

/** Where the `.postmortemrc.json` schema is written (and `contributes.jsonValidation` points). */
export const RC_SCHEMA_PATH = 'schemas/postmortemrc.schema.json';

// Settings only the VS Code client reads: not in .postmortemrc.json, which the server and the CLI read.
const EDITOR_ONLY = new Set(['postmortem.library.folder']);

const SEVERITY = { type: 'string', enum: ['off', 'hint', 'info', 'warning', 'error'] };

// The JSON schema of one rule option.
function optionSchema(option: RuleOption): Record<string, unknown> {
  const { type, ...rest } = option;
  return type === 'string[]' ? { type: 'array', items: { type: 'string' }, ...rest } : { type, ...rest };
}

/** The configuration contribution for the current rules. */
export function settingsSchema() {
  const properties: Record<string, unknown> = {
    'postmortem.paths': {
      type: 'array',
      items: { type: 'string' },
      // No default here either: an unset editor setting must not override .postmortemrc.json.
      markdownDescription: `Globs (matched against the file path, case-insensitively) that mark a Markdown file as a postmortem. Default: ${DEFAULT_POSTMORTEM_PATHS.map((glob) => `\`${glob}\``).join(', ')}. A file also counts when its front matter says \`type: postmortem\` or when it has at least two recognised section headings.`,
    },
  };
  // No defaults below either, for the same reason; the descriptions say what they are.
  properties['postmortem.timezone'] = {
    type: 'string',
    markdownDescription:
      'The timezone to offer when a postmortem states none, and to convert to: an IANA name (`Europe/Paris`), `UTC`, an offset (`UTC+3`) or an abbreviation (`PST`). Default: none.',
  };
  properties['postmortem.profile'] = {
    type: 'string',
    enum: [...PROFILE_SETTINGS],
    enumDescriptions: PROFILE_SETTINGS.map((id) => {
      if (id === 'auto') return 'Infer the template from the headings (0x19/standard, Google SRE, PagerDuty, Atlassian, a release write-up) and require its core sections';
      const profile = profileOf(id);
      return `${profile.sections.map((section) => section.heading).join(', ')}${profile.words ? `; ${profile.words.min}–${profile.words.max} words` : ''}`;
    }),
    markdownDescription:
      'The template postmortems follow: it decides the required sections, their order and the expected length. Default: `auto` (inferred from the headings; an explicit profile wins). See the README for each profile and its source.',
  };
  properties['postmortem.timestamps.style'] = {
    type: 'string',
    enum: ['auto', '24h', '12h', 'iso'],
    enumDescriptions: ["The document's majority style", '24-hour (14:05)', '12-hour (2:05 PM)', 'ISO 8601 with the date (2024-03-09 14:05)'],
    markdownDescription: 'How timeline times should be written; `timestamp-style` flags the others. Default: `auto`.',
  };
  properties['postmortem.inlayHints.elapsed'] = {
    type: 'boolean',
    markdownDescription: 'Show `T+h:mm` (time since the outage started) after each timeline time. Default: `true`.',
  };
  properties['postmortem.import.authors'] = {
    type: 'string',
    enum: ['keep', 'initials', 'drop'],
    enumDescriptions: ['Keep the names as the chat or log writes them', 'Shorten each name to its initials (AD)', 'Drop the names: blameless reports often do'],
    markdownDescription: 'How timeline entries imported from chat or alert logs (paste, Import Timeline from File…) name their authors. Default: `keep`.',
  };
  properties['postmortem.library.folder'] = {
    type: 'string',
    scope: 'resource',
    markdownDescription:
      'The folder, relative to the workspace folder, where **Postmortem: New Postmortem…** creates reports (`docs/postmortems`). Default: none, which means next to the existing postmortems (the folder that holds the most), else a `postmortems` folder at the workspace root.',
  };
  for (const rule of rules) {
    const options = Object.entries(rule.options ?? {});
    const optionText = options.map(([name, option]) => ` \`${name}\`: ${option.description} (default \`${JSON.stringify(option.default)}\`).`).join('');
    properties[`postmortem.rules.${rule.id}`] = {
      // No default: an unset editor setting must not override .postmortemrc.json.
      anyOf: [
        SEVERITY,
        {
          type: 'object',
          properties: { severity: SEVERITY, ...Object.fromEntries(options.map(([name, option]) => [name, optionSchema(option)])) },
          additionalProperties: false,
        },
      ],
      markdownDescription: `${rule.description} Default: \`${rule.severity}\`${rule.fixable ? ' (has a quick fix)' : ''}.${optionText} See docs/rules/${rule.id}.md.`,
    };
  }
  return { title: 'Postmortem', properties };
}

/**
 * The JSON schema of `.postmortemrc.json`: the same settings, nested as the file writes them
 * (`"timestamps": {"style": "24h"}`), so VS Code completes and checks the file as it is typed.
 */
export function rcSchema() {
  const root: Record<string, unknown> = { $schema: { type: 'string' } };
  const rulesSchema: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(settingsSchema().properties)) {
    if (EDITOR_ONLY.has(key)) continue;
    const path = key.split('.').slice(1);
    if (path[0] === 'rules') {
      rulesSchema[path[1]!] = value;
      continue;
    }
    let properties = root;
    for (const part of path.slice(0, -1)) {
      properties[part] ??= { type: 'object', properties: {}, additionalProperties: false };
      properties = (properties[part] as { properties: Record<string, unknown> }).properties;
    }
    properties[path.at(-1)!] = value;
  }
  root['rules'] = { type: 'object', properties: rulesSchema, additionalProperties: false };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: '.postmortemrc.json',
    description: 'Settings for the postmortem linter (the VS Code extension, the language server and postmortem-lint).',
    type: 'object',
    properties: root,
    additionalProperties: false,
  };
}

/** The rc schema file's text. */
export function rcSchemaText(): string {
  return `${JSON.stringify(rcSchema(), null, 2)}\n`;
}

/** package.json with its configuration section regenerated. */
export function packageJsonWithSchema(packageJsonText: string): string {
  const manifest = JSON.parse(packageJsonText);
  manifest.contributes.configuration = settingsSchema();
  manifest.contributes.jsonValidation = [{ fileMatch: '.postmortemrc.json', url: `./${RC_SCHEMA_PATH}` }];
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(__filename)) {
  const file = resolve(__dirname, '..', 'package.json');
  writeFileSync(file, packageJsonWithSchema(readFileSync(file, 'utf8')));
  const rcFile = resolve(__dirname, '..', RC_SCHEMA_PATH);
  mkdirSync(dirname(rcFile), { recursive: true });
  writeFileSync(rcFile, rcSchemaText());
  const snippetsFile = resolve(__dirname, '..', SNIPPETS_PATH);
  writeFileSync(snippetsFile, snippetsWithTemplates(readFileSync(snippetsFile, 'utf8')));
  console.log(`package.json (contributes.configuration) and ${RC_SCHEMA_PATH} regenerated from the rule registry, ${SNIPPETS_PATH} from the templates`);
}
