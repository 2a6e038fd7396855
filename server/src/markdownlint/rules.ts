/**
 * Our rules as markdownlint rules. Each markdownlint rule reports its own rule's findings, so
 * markdownlint's per-rule config (`"postmortem-timeline-order": false`, `"warning"`) and its inline
 * comments (`<!-- markdownlint-disable-next-line timeline-order -->`) work as for its own rules.
 */
import type { Rule as MarkdownlintRule, RuleOnError, RuleParams } from 'markdownlint';
import { repositoryUrl } from '../cli/format';
import { CONFIG_RULE } from '../engine/suppressions';
import { rules } from '../rules/registry';
import type { Rule } from '../rules/types';
import { lintedDocument, lintedWithOptions } from './document';
import { errorInfo } from './errors';

/** Every markdownlint rule name starts so; our tags are prefixed too, so none collides with markdownlint's own tags ("links", "code"). */
export const NAME_PREFIX = 'postmortem-';

/** The markdownlint rules: ours in registry order, then `postmortem-config`. */
export const markdownlintRules: MarkdownlintRule[] = [...rules.map(ruleFor), configRule()];

// A rule of ours: its markdownlint name, its own id as the alias (as in `.postmortemrc.json` and
// `postmortem-disable` comments), and the findings the CLI lists (hints, like the CLI's, stay quiet).
function ruleFor(rule: Rule): MarkdownlintRule {
  return {
    names: [`${NAME_PREFIX}${rule.id}`, rule.id],
    description: rule.description,
    ...information(rule.id),
    tags: ['postmortem', ...rule.tags.map((tag) => `${NAME_PREFIX}${tag}`)],
    parser: 'none',
    function: (params: RuleParams, onError: RuleOnError) => {
      const options = ruleOptions(params.config);
      const linted = options ? lintedWithOptions(params, rule, options) : lintedDocument(params);
      for (const problem of linted.optionProblems ?? []) onError({ lineNumber: 1, detail: `markdownlint config for ${NAME_PREFIX}${rule.id}: ${problem}` });
      for (const finding of linted.findings) {
        if (finding.rule !== rule.id || finding.severity === 'hint') continue;
        onError(errorInfo(linted, finding));
      }
    },
  };
}

// Problems in `.postmortemrc.json` (reported at the top of each postmortem it steers) and in inline
// `postmortem-disable` comments (at the comment): the CLI's `config` rule.
function configRule(): MarkdownlintRule {
  return {
    names: [`${NAME_PREFIX}${CONFIG_RULE}`],
    description: 'Settings steer the rules as meant: .postmortemrc.json is valid, and inline comments name known rules.',
    ...information(CONFIG_RULE),
    tags: ['postmortem'],
    parser: 'none',
    function: (params: RuleParams, onError: RuleOnError) => {
      const linted = lintedDocument(params);
      if (!linted.isPostmortem) return;
      for (const problem of linted.configProblems) onError({ lineNumber: 1, detail: problem });
      for (const finding of linted.findings) if (finding.rule === CONFIG_RULE) onError(errorInfo(linted, finding));
    },
  };
}

// The rule's page, when package.json names the repository (markdownlint wants an absolute URL).
function information(ruleId: string): { information?: URL } {
  const repository = repositoryUrl();
  return repository ? { information: new URL(`${repository}/blob/HEAD/docs/rules/${ruleId}.md`) } : {};
}

// The options a markdownlint config gives a rule (`"postmortem-summary-duration": {"toleranceMinutes": 30}`);
// markdownlint itself keeps `enabled` and `severity`. Undefined when there are none.
function ruleOptions(config: unknown): Record<string, unknown> | undefined {
  if (typeof config !== 'object' || config === null || Array.isArray(config)) return undefined;
  return Object.keys(config).length > 0 ? (config as Record<string, unknown>) : undefined;
}
