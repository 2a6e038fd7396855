/**
 * What makes a corrective measure written as prose a task someone can do and close, as data for
 * the action-items rule: an action on a thing that can be built, checked or run ("add an alert",
 * "run a simulation test on UAT", "monitoring will be put in place by 04-04"), and the words that
 * make it only a wish ("we could", "make sure", "it is important to").
 */
import type { CueSpec } from './match';

export interface MeasureCue extends CueSpec {
  readonly note: string;
}

// Things a task makes or changes: what a reviewer can see is done. "System", "process" and "files"
// are too wide to be done or not.
const ARTEFACTS =
  'test|testing|check|healthcheck|alert|alerting|alarm|monitor|monitoring|dashboard|metric|probe|script|runbook|playbook|checklist|pipeline|backup|limit|quota|timeout|flag|linter|lint|validation|safeguard|guard|cron|canary|rollback|failover|replica|redundancy|notification|page|paging|staging|uat|drill|audit|log|logging|certificate|cert|lock|permission|policy|rule|hook|gate|threshold|retry|schema|migration|index|cache|firewall|ticket|doc|documentation|procedure|training|access|approval|supervision|signoff|environment|container|sandbox|restriction|role';
// Acts that make or change such a thing.
const ACTS =
  'add|write|create|build|configure|install|deploy|enable|introduce|implement|include|schedule|automate|run|get|send|update|upgrade|replace|extend|migrate|rotate|pin|require|enforce|validate|block|restrict|tighten|lower|raise|document|setup';

/** A concrete task: an act on a thing, either way round. */
export const TASK_CUES: readonly MeasureCue[] = [
  { phrases: [`${ACTS} ~4 ${ARTEFACTS}`, `set|roll up|out? ~4 ${ARTEFACTS}`, `put ~4 ${ARTEFACTS} in place`], note: '"add encoded URLs to the sanity test", "run a simulation test on our UAT", "Set-up a monitoring system"' },
  { phrases: [`${ARTEFACTS} ~3 be ${ACTS}`, `${ARTEFACTS} ~3 be =put|=set|=rolled in|up|out place?`], note: 'in the passive: "monitoring measures will be put in place by 04-04-17"' },
  { phrases: [`as part of ~3 ${ARTEFACTS}`], note: '"encoded URLs as part of their sanity test after deployment"' },
  { phrases: ['cut|reduce|lower|raise|increase ~4 from /^\\d/ ~2 to /^\\d/'], note: 'a measure with its figures: "server life will be cut from 5 years to 4 years"' },
  { phrases: ['not ~1 be allowed|permitted to', 'be give|grant ~2 access|permission|privilege|right'], note: 'a rule for people: "interns will not be allowed to edit files without supervision", "will be given restricted access"' },
];

/** Words that make a measure a wish or a lesson, not a task: read in the measure's own sentence. */
export const WISH_CUES: readonly MeasureCue[] = [
  { phrases: ['=could|=might|=would|=should|=may'], note: '"we could prevent it by…", "we should employ monitoring services"' },
  { phrases: ['make|be sure', 'be careful|mindful|aware|diligent', 'it be important|essential|crucial|vital|necessary|best', 'try to', 'consider', 'be =better|=more|=properly|=thoroughly|=fully|=carefully', 'suggest|recommend|advise|propose'], note: '"make sure our servers can support more traffic", "it is always important to review"' },
];

/** Words that tell work already done: a measure taken is the fix, not a task ahead. */
export const DONE_CUES: readonly MeasureCue[] = [
  {
    phrases: ['=was|=were|=had|=did', '=has|=have =been|=already', "/^(?:we|they|i|team|engineers)$/i /^(?:(?!(?:need|decid|agre|plann|committ?|want|hop|aim|intend)ed$)\\w+ed|wrote|built|made|ran|sent|brought|began|took)$/i"],
    note: '"the team created a bash script", "we implemented an accumulator", "has been added"',
  },
];

/** Words that put a measure ahead, even in a sentence that also tells what was done ("it was decided that … will be cut"). */
export const AHEAD_CUES: readonly MeasureCue[] = [
  { phrases: ['=will|=shall', "/^\\w+['’]ll$/i", 'be going to', 'need|plan|decide|agree|commit|intend to', 'decide|agree that'], note: '"will be cut", "we\'ll add", "we have decided to script"' },
];
