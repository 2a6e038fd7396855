/**
 * The `contributes.configuration` section of package.json, generated from the rule registry so the
 * settings never drift from the rules. `npm run generate` writes it; a unit test fails when stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_POSTMORTEM_PATHS } from '../server/src/parse/detect';
import { rules } from '../server/src/rules/registry';

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
  for (const rule of rules) {
    properties[`postmortem.rules.${rule.id}`] = {
      // No default: an unset editor setting must not override .postmortemrc.json.
      anyOf: [
        { type: 'string', enum: ['off', 'hint', 'info', 'warning', 'error'] },
        { type: 'object', properties: { severity: { type: 'string', enum: ['off', 'hint', 'info', 'warning', 'error'] } } },
      ],
      markdownDescription: `${rule.description} Default: \`${rule.severity}\`${rule.fixable ? ' (has a quick fix)' : ''}. See docs/rules/${rule.id}.md.`,
    };
  }
  return { title: 'Postmortem', properties };
}

/** package.json with its configuration section regenerated. */
export function packageJsonWithSchema(packageJsonText: string): string {
  const manifest = JSON.parse(packageJsonText);
  manifest.contributes.configuration = settingsSchema();
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(__filename)) {
  const file = resolve(__dirname, '..', 'package.json');
  writeFileSync(file, packageJsonWithSchema(readFileSync(file, 'utf8')));
  console.log('package.json: contributes.configuration regenerated from the rule registry');
}
