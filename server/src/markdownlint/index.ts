/**
 * The markdownlint custom rules, `customRules: ["postmortem/markdownlint"]` (built to
 * dist/markdownlint.js): one markdownlint rule per rule of ours, and `postmortem-config`.
 * markdownlint loads a custom-rule module's export as the rule list, so this is `module.exports`.
 */
import { markdownlintRules } from './rules';

export = markdownlintRules;
