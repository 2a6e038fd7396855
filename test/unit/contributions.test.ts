/** What package.json contributes: the settings schema (generated), the snippets and the grammar. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from 'vscode-textmate';
import { resolveConfig } from '../../server/src/engine/config';
import { lint } from '../../server/src/engine/lint';
import { rules } from '../../server/src/rules/registry';
import { packageJsonWithSchema, RC_SCHEMA_PATH, rcSchemaText } from '../../scripts/settings-schema';

const ROOT = resolve(__dirname, '..', '..');
const packageJsonText = readFileSync(join(ROOT, 'package.json'), 'utf8');
const manifest = JSON.parse(packageJsonText);

describe('package.json contributions', () => {
  it('the settings schema is the one generated from the rule registry (run `npm run generate` if not)', () => {
    assert.equal(packageJsonText, packageJsonWithSchema(packageJsonText));
  });

  it('the .postmortemrc.json schema is generated too, and VS Code validates the file with it', () => {
    assert.equal(readFileSync(join(ROOT, RC_SCHEMA_PATH), 'utf8'), rcSchemaText());
    assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: '.postmortemrc.json', url: `./${RC_SCHEMA_PATH}` }]);
  });

  it('every rule has a setting and a documentation page', () => {
    for (const rule of rules) {
      assert.ok(manifest.contributes.configuration.properties[`postmortem.rules.${rule.id}`], rule.id);
      const page = readFileSync(join(ROOT, 'docs', 'rules', `${rule.id}.md`), 'utf8');
      assert.match(page, new RegExp(`^# ${rule.id}\\n`));
      assert.match(page, /^## Bad$/m);
      assert.match(page, /^## Good$/m);
    }
  });

  it("the README's rules table lists every rule once, with its default severity", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const listed = [...readme.matchAll(/^\| \[([a-z-]+)\]\(docs\/rules\/\1\.md\) \[(\w+)\] \|/gm)].map((match) => `${match[1]} ${match[2]}`);
    assert.deepEqual(listed.sort(), rules.map((rule) => `${rule.id} ${rule.severity}`).sort());
  });

  it('keeps engines.vscode at or below ^1.100.0 and @types/vscode matching', () => {
    assert.equal(manifest.engines.vscode, '^1.100.0');
    assert.equal(manifest.devDependencies['@types/vscode'], '1.100.0');
  });
});

describe('snippets', () => {
  const snippets = JSON.parse(readFileSync(join(ROOT, 'snippets', 'postmortem.code-snippets'), 'utf8'));

  // Expands a snippet body the way VS Code does when the author accepts every default.
  function expand(body: string[], now: Date): string {
    const variables: Record<string, string> = {
      CURRENT_HOUR: String(now.getHours()).padStart(2, '0'),
      CURRENT_MINUTE: String(now.getMinutes()).padStart(2, '0'),
      CURRENT_YEAR: String(now.getFullYear()),
      CURRENT_MONTH_NAME: now.toLocaleString('en-US', { month: 'long' }),
      CURRENT_DATE: String(now.getDate()).padStart(2, '0'),
    };
    let text = body.join('\n').replace(/\$([A-Z_]+)/g, (_, name: string) => variables[name] ?? `$${name}`);
    // Innermost placeholders first: ${1:default} becomes default, until none are left.
    for (let previous = ''; previous !== text; ) {
      previous = text;
      text = text.replace(/\$\{\d+:([^${}]*)\}/g, '$1');
    }
    return text.replace(/\$\{?\d+\}?/g, '');
  }

  it('the postmortem template, filled with its defaults, has no findings', () => {
    const text = expand(snippets.Postmortem.body, new Date(2025, 2, 4, 9, 5));
    assert.match(text, /^# Postmortem: what broke/);
    const { config } = resolveConfig(rules, []);
    const result = lint({ text, config });
    assert.ok(result.doc, 'recognised as a postmortem');
    assert.deepEqual(result.findings.map((finding) => finding.message), []);
  });

  it('the timeline entry is stamped with the current time, as a well-formed 24-hour time', () => {
    assert.equal(expand(snippets['Timeline entry'].body, new Date(2025, 2, 4, 9, 5)), '- 09:05 - what happened');
  });
});

describe('the timestamp grammar', () => {
  let grammar: IGrammar;

  before(async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
    await oniguruma.loadWASM(wasm);
    const registry = new Registry({
      onigLib: Promise.resolve({ createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns), createOnigString: (text) => new oniguruma.OnigString(text) }),
      loadGrammar: async (scopeName) => {
        const path = join(ROOT, 'syntaxes', 'postmortem-timestamps.tmLanguage.json');
        return scopeName === 'postmortem.timestamps.injection' ? parseRawGrammar(readFileSync(path, 'utf8'), path) : null;
      },
    });
    grammar = (await registry.loadGrammar('postmortem.timestamps.injection'))!;
  });

  function scoped(line: string): Array<[string, string]> {
    return grammar
      .tokenizeLine(line, INITIAL)
      .tokens.filter((token) => token.scopes.length > 1)
      .map((token) => [line.slice(token.startIndex, token.endIndex), token.scopes[token.scopes.length - 1]!]);
  }

  it('colours times in the forms authors write, including malformed ones', () => {
    assert.deepEqual(scoped('- 1: 55 PM - restart, 11:05 Am, 8:00 a.m., 14:00, 8 AM'), [
      ['1: 55 PM', 'constant.numeric.time.postmortem'],
      ['11:05 Am', 'constant.numeric.time.postmortem'],
      ['8:00 a.m.', 'constant.numeric.time.postmortem'],
      ['14:00', 'constant.numeric.time.postmortem'],
      ['8 AM', 'constant.numeric.time.postmortem'],
    ]);
  });

  it('colours zones: abbreviations, offsets and names', () => {
    assert.deepEqual(scoped('## Timeline (all times Pacific Time), UTC+3, PST, GMT-05:00'), [
      ['Pacific Time', 'support.constant.timezone.postmortem'],
      ['UTC+3', 'support.constant.timezone.postmortem'],
      ['PST', 'support.constant.timezone.postmortem'],
      ['GMT-05:00', 'support.constant.timezone.postmortem'],
    ]);
  });

  it('leaves version numbers, ratios and words alone', () => {
    assert.deepEqual(scoped('Version 1.12.13 ran 3x faster; PSTN and ETA are words; see RFC 3339.'), []);
  });
});
