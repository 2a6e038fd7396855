/**
 * What a timeline entry says happened: the change that set the incident off, the outage starting,
 * its detection, an escalation, a mitigation, the resolution. Read from the words alone, with small
 * tables of precise patterns; a cue that is negated ("no alert fired", "we did not roll back") or
 * only hoped for ("until it is resolved") does not count. Each phase keeps the words that showed it,
 * so the timeline preview can say why on hover, and the timeline-coverage rule reads the same cues.
 */
import type { Span } from './types';

/** A kind of moment in an incident's life. */
export type Phase = 'trigger' | 'outage-start' | 'detection' | 'escalation' | 'mitigation' | 'resolution';

/** A phase an entry's text shows, the words that showed it (offsets into that text), and a short name for the cue. */
export interface EntryPhase {
  phase: Phase;
  match: Span;
  keyword: string;
}

interface Cue {
  pattern: RegExp;
  keyword: string;
  /** Counts only when no other cue of its phase matched ("detected" names no means; "alert fired" does). */
  fallback?: boolean;
}

/**
 * Words that say the outage (or its impact, or the errors) began. Kept small on purpose: a
 * detection line ("alert fires") or a mitigation line must not be taken for the start.
 * - "outage begins", "incident started", "impact starts", "errors began", "breakdown begins"
 * - "started failing", "begins erroring", "start returning errors", "started timing out"
 * - "users report…", "customers reported…"
 * - "went down", "is down"
 * - "500 errors", "502s", "5xx errors" (plural: "caused a 500 error" is usually an anecdote)
 */
export const OUTAGE_BEGINS: readonly RegExp[] = [
  /\b(?:outage|incident|impact|errors?|failures?|downtime|degradation|disruption|breakdown)\s+(?:begins?|began|begun|starts?|started|starting)\b/i,
  /\b(?:starts?|started|starting|begins?|began)\s+(?:to\s+fail|failing|erroring|returning\s+errors|timing\s+out)\b/i,
  /\b(?:users?|customers?)\s+(?:report|reported|reporting|start(?:ed)?\s+reporting|began\s+reporting)\b/i,
  /\b(?:went|goes|is|was|are|were)\s+down\b/i,
  /\b5(?:\d\d|xx)(?:s|\s+errors)\b/i,
];

const OUTAGE_KEYWORDS = ['outage began', 'started failing', 'users report', 'went down', '5xx errors'];

// Verbs a change is made with, and what a change is called.
const CHANGE_NOUNS = String.raw`(?:config(?:uration)?|change|changes|update|upgrade|patch|release|deploy(?:ment)?|migration|rollout|push|insertion|maintenance|pull\s+request|commit|cron\s*job)`;
const CHANGE_DONE = String.raw`(?:pushed|deployed|applied|released|merged|rolled\s+out|shipped|made|run|ran|executed|initiated|started|starts|begins?|began|completes?|completed|takes?\s+effect|took\s+effect|goes\s+live|went\s+live|kicked\s+off)`;

/** The change or event that set the incident off. */
const TRIGGER: readonly Cue[] = [
  // "Configuration pushed", "config push begins", "upgrade completes", "DNS changes take effect"
  { pattern: new RegExp(String.raw`\b${CHANGE_NOUNS}\s+(?:(?:was|were|is|are|has\s+been|had\s+been|gets?|got)\s+)?${CHANGE_DONE}\b`, 'i'), keyword: 'change made' },
  // "merges own pull request", "submit a change", "is released to stable", "was deployed"
  { pattern: /\b(?:merges|merged|submits?|submitted)\s+(?:a|an|the|their|his|her|own)\s+(?:\S+\s+)?(?:change|pull\s+request|pr|commit|patch)\b/i, keyword: 'change merged' },
  { pattern: /\b(?:is|was|were|are|gets|got)\s+(?:released|deployed|pushed|rolled\s+out|shipped|merged)\b/i, keyword: 'deploy' },
  // "traffic increases by 88x", "spike in requests", "certificate expired", "power outage", "disk full"
  { pattern: /\b(?:traffic|load|requests)\s+(?:(?:to|on|for|from)\s+\S+(?:\s+\S+){0,2}\s+)?(?:spikes?|spiked|surges?|surged|increases?|increased|jumps?|jumped|doubles?|doubled)\b|\b(?:spike|surge)\s+(?:in|of)\s+(?:traffic|load|requests)\b/i, keyword: 'traffic spike' },
  { pattern: /\b(?:certificate|cert)\s+(?:\S+\s+)?expire[sd]?\b|\bexpired\s+(?:\S+\s+)?(?:certificate|cert)\b/i, keyword: 'certificate expired' },
  { pattern: /\b(?:power|network|fiber|datacenter|data\s+center|regional|upstream|provider)\s+(?:outage|failure|cut)\b|\bdisk\s+(?:is\s+|was\s+)?(?:full|filled\s+up)\b/i, keyword: 'external event' },
];

/** Someone or something noticed the problem. */
const DETECTION: readonly Cue[] = [
  // "alert fires", "alarms went off", 'alert "login-5xx-rate" pages the on-call'
  {
    pattern:
      /\b(?:alerts?|alarms?)(?:\s+(?:"[^"]{1,60}"|“[^”]{1,60}”|'[^']{1,60}'|`[^`]{1,60}`))?\s+(?:(?:was|were|is|are|has|have|had|been|first)\s+){0,2}(?:fired|fires|firing|fire|triggered|triggers|went\s+off|goes\s+off|received|sent|raised|flagged|indicated|indicates|showed|shows|notified|notifies|paged|pages|sounded|sounds|came\s+in|arrived|arrives)\b/i,
    keyword: 'alert',
  },
  // "triggered an alert", "sounded the alarm"
  { pattern: /\b(?:triggered|triggers|fired|fires|raised|raises|sent|sends|sounded|sounds|blinks?|blinked)\s+(?:(?:a|an|the|its|their|multiple|several|first)\s+){0,2}(?:alerts?|alarms?)\b/i, keyword: 'alert' },
  // "received the first alert", "receives pager storm"
  { pattern: /\b(?:received|receives|receiving|got|gets)\s+(?:(?:a|an|the|our|its|their|first|multiple|several|many|numerous|\d+)\s+){0,3}(?:alerts?|alarms?|pages|pager\s+storm|notifications?)\b/i, keyword: 'alert' },
  // "engineers were alerted", "Pagers alerted teams", "on-call paged" (not "paged the network team": that is escalation)
  { pattern: /\b(?:alerted|paged)\b(?!\s+(?:the|a|an|our|their|his|her|\w+\s+team)\b)/i, keyword: 'paged' },
  // "monitoring system detected…", "PagerDuty alerted", "dashboard shows errors"
  {
    pattern:
      /\b(?:monitoring|monitors?|pagerduty|pagers?|opsgenie|nagios|datadog|grafana|prometheus|new\s+relic|sentry|pingdom|cloudwatch|uptime\s+(?:robot|checks?|monitors?)|health\s*checks?|synthetic\s+(?:checks?|tests?|probes?)|dashboards?|graphs?|metrics)\b(?:\s+[\w-]+){0,3}?\s+(?:alerted|alerts|detected|detects|flagged|flags|noticed|notices|reported|reports|sent|sends|showed|shows|indicated|indicates|pinged|pings|paged|fired|fires|triggered|triggers|caught|catches|spotted|raised|raises|blinks?|picked\s+up|went\s+red|turned\s+red)\b(?!\s+(?:normal|healthy|green|stable|recovery|no)\b)/i,
    keyword: 'monitoring',
  },
  // "users reported", "a customer complained", "some users opened a ticket", "a user tweets"
  {
    pattern:
      /\b(?:users?|customers?|clients?|visitors?|readers?|subscribers?|merchants?|shoppers?|players?|partners?|people)\b(?:\s+[\w-]+){0,2}?\s+(?:reported|reports|reporting|complained|complains|complaining|tweeted|tweets|emailed|emails|called|calls|wrote\s+in|opened\s+(?:a\s+)?(?:support\s+)?tickets?|filed\s+(?:a\s+)?tickets?|raised\s+(?:a\s+)?tickets?|contacted\s+support|noticed|notices)\b/i,
    keyword: 'user report',
  },
  // "complaints received", "reports of errors start arriving", "a support ticket reports…"
  {
    pattern:
      /\b(?:complaints?|reports?|tickets?)\s+(?:(?:of|about)\s+[^.;\n]{0,40}?\s+)?(?:(?:was|were|is|are|started|start|starts|began|begin|begins)\s+)?(?:received|arriving|arrive|arrived|coming\s+in|came\s+in|pouring\s+in|poured\s+in|opened|filed|raised|reports)\b/i,
    keyword: 'user report',
  },
  // "customer tickets", "user complaints", "support e-mails"
  { pattern: /\b(?:customer|user|support)\s+(?:tickets?|complaints?|reports?|e-?mails?|calls?)\b/i, keyword: 'user report' },
  // "received a complaint", "a complaint from a user", "a ticket was opened", "opened a support ticket"
  { pattern: /\bcomplaints?\s+from\b/i, keyword: 'user report' },
  { pattern: /\b(?:rec(?:ie|ei)ved|rec(?:ie|ei)ves|got|gets)\s+(?:(?:a|an|the|first|multiple|several|many|numerous|\d+)\s+){0,2}(?:\S+\s+)?(?:complaints?|reports?|tickets?|calls?|e-?mails?)\b/i, keyword: 'user report' },
  { pattern: /\b(?:opened|filed|raised|created|logged)\s+(?:a|an|the)\s+(?:(?:support|jira|help\s*desk|incident)\s+)?ticket\b/i, keyword: 'ticket' },
  // Detection without its means: "issue detected", "on-call noticed the errors", "engineer discovered that…"
  { pattern: /\b(?:detected|detects|detection|noticed|notices|spotted|spots|discovered|discovers)\b/i, keyword: 'noticed', fallback: true },
];

// Who is brought in when an incident is escalated.
const RESPONDERS = String.raw`(?:teams?|leads?|leadership|managers?|management|seniors?|secondary|experts?|specialists?|vendors?|providers?|support|sres?|dbas?|devops|commanders?|developers?|executives?|administrators?)`;

/** The incident was escalated: another team, a commander, a declared severity. */
const ESCALATION: readonly Cue[] = [
  // "escalated to the storage team", "Escalation"
  { pattern: /\bescalat(?:ed|es|ing|ion|e)\b/i, keyword: 'escalated' },
  // "incident commander", "war room", "bridge call"
  { pattern: /\bincident\s+(?:commander|lead|manager)\b|\bwar[\s-]?room\b|\bbridge\s+(?:call|line)\b/i, keyword: 'incident commander' },
  // "Sam assigned to investigate", "the issue was handed to the on-call lead"
  { pattern: /\b(?:assigned|handed)\s+(?:(?:the\s+)?(?:incident|issue|ticket|problem)\s+)?to\s+(?:investigate|handle|lead|own|fix|look\s+into)\b/i, keyword: 'assigned' },
  // "joined the bridge", "Amina joins" (a name, read with case)
  { pattern: /\b(?:joins|joined)\s+(?:the\s+)?(?:call|bridge|channel|incident|investigation|response|war\s+room|effort)\b/i, keyword: 'called in' },
  { pattern: /\b[A-Z][a-z]+(?: [A-Z][a-z]+)?\s+(?:joins|joined)\b(?!\s+(?:tables?|on)\b)/, keyword: 'called in' },
  // "called in", "brought in", "pulled in", "looped in"
  { pattern: /\b(?:called|calls|brought|brings|pulled|pulls|looped|loops)\s+in\b/i, keyword: 'called in' },
  // "declares incident #465", "SEV1 declared", "raised to SEV-2"
  {
    pattern:
      /\b(?:declared?|declares|declaring|raised?|raises|upgraded|bumped)\s+(?:\S+\s+){0,3}?(?:sev(?:erity)?[\s-]?[0-4]|p[0-4]|(?:an?\s+)?incident|(?:an?\s+)?emergency|major\s+incident)\b|\b(?:sev(?:erity)?[\s-]?[0-4]|p[0-4]|incident|emergency)\s+(?:#?\d+\s+)?(?:was\s+|is\s+)?(?:declared|raised)\b/i,
    keyword: 'incident declared',
  },
  // "contacted the database team", "forwarded this ticket to the SRE team", "Murphy alerted the engineers"
  {
    pattern: new RegExp(
      String.raw`\b(?:notified|notifies|contacted|contacts|alerted|alerts|pinged|pings|involved|involves|engaged|engages|asked|asks|reached\s+out\s+to|(?:forward(?:s|ed)?|sends|sent|hand(?:s|ed)|assign(?:s|ed)|transfer(?:s|red)|communicated|pass(?:es|ed))\s+(?:\S+\s+){0,3}?to|paged|pages|woke\s+up|wakes\s+up)\s+(?:the\s+|our\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:${RESPONDERS}|engineers|engineering)\b`,
      'i',
    ),
    keyword: 'brought in a team',
  },
  // "Engineering team notified", "DevOps team was alerted", "network team joins"
  { pattern: new RegExp(String.raw`\b${RESPONDERS}\s+(?:(?:was|were|is|are|got|gets|has\s+been|have\s+been|had\s+been)\s+)?(?:notified|paged|called|contacted|alerted|engaged|involved|informed|joined|joins)\b`, 'i'), keyword: 'brought in a team' },
];

/** Something was done to limit the damage. */
const MITIGATION: readonly Cue[] = [
  // "rolled back", "rollback", "reverted"
  { pattern: /\b(?:roll(?:ed|s|ing)?\s+back|rollback|rolled-back|revert(?:ed|s|ing)?)\b/i, keyword: 'rolled back' },
  // "failed over to the standby", "failover"
  { pattern: /\b(?:fail(?:ed|s|ing)?\s+over|failover|failed-over)\b/i, keyword: 'failed over' },
  // "restarted", "server restart begins", "rebooted", "reloaded Nginx"
  { pattern: /\b(?:re-?start(?:ed|s|ing)?|reboot(?:ed|s|ing)?|reload(?:ed|s|ing)?|bounced)\b/i, keyword: 'restarted' },
  // "scaled out", "added capacity", "increased the limit", "limit raised to 2,000"
  {
    pattern:
      /\b(?:scal(?:ed|es|ing)|scale)\s+(?:up|out)\b|\badded\s+(?:more\s+)?(?:capacity|instances|servers|nodes|replicas|workers)\b|\bincreas(?:ed|es|ing|e)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:instance\s+count|capacity|limits?|pool\s+size|replicas|workers)\b|\b(?:instance\s+count|capacity)\s+increase\b|\braised\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?limits?\b|\blimits?\s+(?:was\s+|were\s+)?(?:raised|increased)\b/i,
    keyword: 'scaled',
  },
  // "disabled the flag", "turned off", "killed the process"
  { pattern: /\b(?:disabled|disables|disabling|turned\s+off|turns\s+off|switched\s+off|toggled\s+off|kill(?:ed|s|ing)?)\b/i, keyword: 'disabled' },
  // "rate-limited", "throttled", "load shedding", "blocked the traffic"
  { pattern: /\brate[\s-]?limit(?:ed|s|ing)?\b|\bthrottl(?:ed|es|ing|e)\b|\bload[\s-]shedding\b|\bblock(?:ed|s|ing)?\s+(?:the\s+)?(?:[\w-]+\s+)?(?:traffic|ips?|requests|addresses)\b/i, keyword: 'rate-limited' },
  // "drained", "isolated the server", "rerouted traffic", "load balances all traffic to"
  { pattern: /\b(?:drain(?:ed|s|ing)|isolat(?:ed|es|ing)(?!\s+to\b)|quarantin(?:ed|es|ing)|rerout(?:ed|es|ing)|redirect(?:ed|s|ing)\s+(?:the\s+)?traffic|(?:load[\s-]balanc(?:ed|es|ing)|shift(?:ed|s|ing)|mov(?:ed|es|ing))\s+(?:all\s+)?traffic)\b/i, keyword: 'traffic moved' },
  // "applied a patch", "fix deployed", "configuration corrected", "caches flushed", "redeployed"
  {
    pattern:
      /\b(?:workaround|hot-?fix(?:ed)?(?![.\d])|temporary\s+fix|quick\s+fix|patch(?:ed|es|ing)|(?:fix|correction)\s+(?:was\s+|is\s+)?(?:applied|deployed|implemented|pushed|rolled\s+out|shipped|made|released)|(?:deployed|pushed|implemented|shipped|released|applied)\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:fix|patch|correction)|reconfigur(?:ed|es|ing)|corrected|corrects|adjust(?:ed|s|ing)|cleared(?!\s+(?:the\s+)?(?:incident|ticket|outage|bridge))|cleaned\s+up|freed|flush(?:ed|es|ing)|renewed|redeploy(?:ed|s|ing)?|mitigated|mitigation)\b/i,
    keyword: 'fix applied',
  },
];

/** Service was back, or the incident was over. */
const RESOLUTION: readonly Cue[] = [
  // "resolved", "issue resolves", "confirmed resolution"
  { pattern: /\bresol(?:ved|ves|ution)\b/i, keyword: 'resolved' },
  // "service restored", "began restoring services"
  { pattern: /\brestor(?:ed|es|ing|ation)\b/i, keyword: 'restored' },
  // "recovered", "full recovery"
  { pattern: /\brecover(?:ed|s|ing|y)?\b/i, keyword: 'recovered' },
  // "back online", "back to normal", "returned to baseline", "is back"
  {
    pattern:
      /\bback\s+(?:to\s+(?:normal|baseline|nominal|healthy|green|(?:full\s+)?(?:service|capacity|operation))|online|in\s+service)|\breturned\s+(?:back\s+)?to\s+(?:normal|baseline)\b|(?<!\b(?:errors?|issues?|problems?|outages?|symptoms?|alerts?|failures?)\s+)\b(?:is|are|was|were|came|comes|coming)\s+back\b(?!\s+(?:to\s+(?:investigate|check|look)|later))/i,
    keyword: 'back to normal',
  },
  // "successful rollback", "failover completed successfully": the previous state is back
  {
    pattern:
      /\bsuccessful(?:ly)?\s+(?:[\w-]+\s+){0,3}?(?:roll(?:ed)?[\s-]?back|rollback|revert(?:ed)?|fail(?:ed)?[\s-]?over|failover)\b|\b(?:rollback|revert|failover)\s+(?:[\w-]+\s+){0,2}?(?:succeeded|successful|completed\s+successfully)\b/i,
    keyword: 'rolled back successfully',
  },
  // "bug is fixed", "fixes the config file"
  { pattern: /\bfix(?:ed|es)\b/i, keyword: 'fixed' },
  // "incident closed", "OUTAGE ENDS", "all clear", "end of outage", "cleared the incident"
  {
    pattern:
      /\b(?:incident|outage|issue|ticket|bridge)\s+(?:was\s+|is\s+)?(?:closed|ends|ended|over)\b|\b(?:closed|closes|closing|cleared|clears)\s+(?:the\s+)?(?:incident|ticket|outage|bridge)\b|\ball[\s-]clear\b|\bend\s+of\s+(?:the\s+)?(?:outage|incident)\b/i,
    keyword: 'closed',
  },
  // "service stabilized", "confirmed stable" (not "the previous stable version")
  { pattern: /\bstabili[sz](?:ed|es)\b|\b(?:confirmed|confirms|regained|restored)\s+(?:\w+\s+)?stability\b|\b(?:is|are|was|were|remained|remains|confirmed|became|looks?|looked)\s+stable\b/i, keyword: 'stable' },
  // "up and running", "working again", "fully operational", "prices correct everywhere", "users can access the site"
  {
    pattern:
      /\bup\s+and\s+running\b|\bwork(?:s|ing)?\s+(?:again|correctly|normally|as\s+expected|fine)\b|\b(?:is|are|was|were)\s+now\s+(?:serving|running|working|responding|loading|up|available|live|accessible|reachable)\b|\b(?:is|are|was|were)\s+(?:now\s+|again\s+)?working\b(?!\s+(?:on|to|with|through|towards?)\b)|\bfully\s+operational\b|\boperational\s+again\b|\b(?:correct|normal|healthy|nominal|green)\s+(?:again|everywhere)\b|\beverything\s+(?:is\s+|was\s+)?(?:back|normal|green|fine|ok)\b|\bserving\s+(?:\w+\s+)?(?:again|normally)\b|\b(?:users?|customers?|clients?|visitors?|people)\s+(?:can|could|were\s+able\s+to|are\s+able\s+to)\s+(?:now\s+|again\s+|once\s+again\s+)?(?:access|load|use|log\s*in|sign\s*in|reach|see|view|check\s*out)\b/i,
    keyword: 'working again',
  },
  // "labels print again", "exports complete in under 30 seconds again", "signups resume"
  {
    pattern:
      /\b(?:works?|worked|completes?|completed|succeeds?|succeeded|loads?|loaded|prints?|printed|runs?|ran|responds?|responded|renders?|rendered|flows?|flowed|syncs?|synced)\b[^.;:!?\n]{0,40}?\bagain\b|\b(?:traffic|service|signups?|orders?|payments?|deliveries|processing|requests|uploads?|logins?|exports?|operations|writes|reads)\s+(?:\w+\s+)?resum(?:e|es|ed)\b/i,
    keyword: 'working again',
  },
  // "errors stopped", "error rate back to zero", "latency normal", "checkout works for everyone"
  {
    pattern:
      /\b(?:errors?|error\s+rates?|latency|5xx|failures?)\s+(?:\w+\s+)?(?:stopped|stop|subsided|subside|(?:dropped|back|fell)\s+to\s+(?:zero|0|baseline|normal))\b|\b(?:latency|error\s+rates?|errors|traffic|metrics|graphs|dashboards)\s+(?:(?:is|are|was|were|looks?|back)\s+)?(?:normal|nominal|healthy|green)\b|\bworks?\s+for\s+(?:everyone|everybody|all)\b/i,
    keyword: 'errors stopped',
  },
];

const TABLES: ReadonlyArray<readonly [Phase, readonly Cue[]]> = [
  ['trigger', TRIGGER],
  ['outage-start', OUTAGE_BEGINS.map((pattern, index) => ({ pattern, keyword: OUTAGE_KEYWORDS[index]! }))],
  ['detection', DETECTION],
  ['escalation', ESCALATION],
  ['mitigation', MITIGATION],
  ['resolution', RESOLUTION],
];

// Global copies, to look past a negated match to the next one.
const GLOBAL_TABLES = TABLES.map(([phase, cues]) => [phase, cues.map((cue) => ({ ...cue, pattern: new RegExp(cue.pattern.source, `${cue.pattern.flags}g`) }))] as const);

// A change that is itself the fix ("fix deployed", "patched version was deployed") is no trigger.
const FIX_WORDS = /\b(?:fix(?:ed|es)?|patch(?:ed)?|correct(?:ed|ion|ions)?|revert(?:ed)?|roll(?:ed)?\s*back|rollback|hot-?fix(?![.\d]))\b/i;

// How far back (and forward) a negation is looked for: one clause, a few words.
const WINDOW = 60;
// A clause ends at punctuation, a dash between words, or a conjunction.
const CLAUSE_BREAK = /[.;:!?,()[\]|\n]|\s[-–—]\s|\b(?:and|but|then|so|or)\b/gi;
// "no alert fired", "we did not roll back", "never escalated", "nothing detected", "failed configuration change rollback",
// "until it is resolved", "tried to restart" — up to two words between the cue and the word it qualifies.
const NEGATED_BEFORE =
  /\b(?:no|not|never|nothing|nobody|none|without|cannot|\w+n['’]t|failed(?:\s+to)?|unable\s+to|until|unless|if|whether|will|would|should|could|might|tried\s+to|trying\s+to|try\s+to|attempt(?:ed|ing|s)?\s+to|in\s+order\s+to|plan(?:ned|s)?\s+to|expected\s+to|need(?:ed|s)?\s+to|wait(?:ed|ing)?\s+for)(?:\s+[\w'’-]+){0,2}\s*$/i;
// "rollback failed", "the restart attempt was unsuccessful"
const FAILED_AFTER = /^\s*(?:[\w'’-]+\s+)?(?:failed|fails|was\s+unsuccessful|were\s+unsuccessful|did\s+not\s+(?:work|help|succeed)|didn['’]t\s+(?:work|help|succeed)|had\s+no\s+effect)\b/i;

/**
 * The phases an entry's text shows, at most one of each, in the order their words appear. Markdown
 * emphasis is read as spaces ("Website is **back**"); offsets are into `description` as given.
 */
export function entryPhases(description: string): EntryPhase[] {
  const text = description.replace(/[*_~]/g, ' ');
  const found: EntryPhase[] = [];
  for (const [phase, cues] of GLOBAL_TABLES) {
    let best: EntryPhase | undefined;
    let fallback: EntryPhase | undefined;
    for (const cue of cues) {
      const match = firstAffirmed(text, cue.pattern);
      if (!match) continue;
      if (cue.fallback) fallback ??= { phase, match, keyword: cue.keyword };
      else if (!best || match.start < best.match.start) best = { phase, match, keyword: cue.keyword };
    }
    if (best ?? fallback) found.push((best ?? fallback)!);
  }
  const trigger = found.find((entry) => entry.phase === 'trigger');
  if (trigger && (FIX_WORDS.test(text) || found.some((entry) => entry.phase === 'mitigation' || entry.phase === 'resolution'))) found.splice(found.indexOf(trigger), 1);
  return found.sort((a, b) => a.match.start - b.match.start);
}

/**
 * Words that name how a problem was noticed: an alert, a dashboard, logs, a customer's report, a
 * failing page. "Issue detected" names none; "detected when the login page returned 500s" does.
 */
const DETECTION_MEANS =
  /\b(?:alerts?|alarms?|alerting|monitor(?:s|ing|ed)?|paged?|pagers?|pagerduty|opsgenie|dashboards?|graphs?|metrics?|logs?|error\s+rates?|health\s*checks?|synthetic|uptime|probes?|canar(?:y|ies)|users?|customers?|clients?|visitors?|complaints?|complained|reports?|reported|tickets?|support|tweets?|twitter|e-?mails?|calls?|chat|slack|discord|status\s+page|tests?|webpages?|websites?|site|pages|app|browser|errors?|5\d\d|5xx|unable\s+to|could\s*n[o'’]t)\b/i;

/** True when `text` names a means of detection (an alert, a dashboard, a customer report, a failing page). */
export function namesDetectionMeans(text: string): boolean {
  return DETECTION_MEANS.test(text);
}

/**
 * The first words in `text` (any length: a whole timeline) that show `phase` and that `accept`
 * takes, or undefined. Cues that name no means ("detected") are tried after the others. One pass
 * over the text per cue, so a long timeline costs one scan, not one call per entry.
 */
export function findPhase(text: string, phase: Phase, accept: (found: EntryPhase) => boolean = () => true): EntryPhase | undefined {
  const cues = GLOBAL_TABLES.find(([name]) => name === phase)![1];
  for (const cue of [...cues.filter((each) => !each.fallback), ...cues.filter((each) => each.fallback)]) {
    cue.pattern.lastIndex = 0;
    for (let match = cue.pattern.exec(text); match; match = cue.pattern.exec(text)) {
      if (match[0].length === 0) {
        cue.pattern.lastIndex++;
        continue;
      }
      const found = { phase, match: { start: match.index, end: match.index + match[0].length }, keyword: cue.keyword };
      if (!isNegated(text, found.match.start, found.match.end) && accept(found)) return found;
    }
  }
  return undefined;
}

/** True when the words at [start, end) of `text` are negated or hypothetical in their clause ("did not roll back", "until resolved"). */
export function isNegated(text: string, start: number, end: number): boolean {
  const before = clauseTail(text.slice(Math.max(0, start - WINDOW), start));
  if (NEGATED_BEFORE.test(before)) return true;
  const after = text.slice(end, end + WINDOW);
  CLAUSE_BREAK.lastIndex = 0;
  const stop = CLAUSE_BREAK.exec(after);
  return FAILED_AFTER.test(stop ? after.slice(0, stop.index) : after);
}

// The first match of a global pattern that is not negated.
function firstAffirmed(text: string, pattern: RegExp): Span | undefined {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const span = { start: match.index, end: match.index + match[0].length };
    if (!isNegated(text, span.start, span.end)) return span;
  }
  return undefined;
}

// The part of `before` after its last clause break.
function clauseTail(before: string): string {
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let match = CLAUSE_BREAK.exec(before); match; match = CLAUSE_BREAK.exec(before)) from = match.index + match[0].length;
  return before.slice(from);
}
