/**
 * The cues of an incident's response, as data (see phases.ts): its escalation, its mitigation and
 * its resolution; with the word lists they are written with.
 */
import { AUX, REPORTERS } from './phases-onset';
import type { PhaseCue } from './phases';

// Who is brought in when an incident is escalated.
// Who is told, in the passive ("the DBA was paged"); engineers being alerted is how a problem is detected.
const TOLD = 'team|lead|leadership|manager|management|senior|secondary|expert|specialist|vendor|provider|support|sre|dba|devops|commander|developer|executive|administrator|maintainer|owner|architect';
const RESPONDERS = `${TOLD}|=engineers|=engineering`;
// What is pulled in that is no person: "pulled in a new version of the parser".
const PULLED = 'version|change|dependency|package|update|code|commit|library|module|patch|fix|release';
// Teams that are someone else than the first responder: when one of them acts, it was brought in.
const OTHER_TEAMS = 'another|database|db|dba|network|networking|security|storage|infrastructure|infra|platform|vendor|provider|hosting|cloud|upstream|dns|identity|payments|kernel|hardware|datacenter';

/** The escalation, mitigation and resolution cues, in that order. */
export const RESPONSE_CUES: readonly PhaseCue[] = [
  // ——— escalation: another team, a commander, a declared severity ———
  {
    phase: 'escalation',
    keyword: 'escalated',
    phrases: ['escalate'],
    notBefore: 'de',
    note: 'most timelines: "escalated to the storage team", "Escalation"',
  },
  {
    phase: 'escalation',
    keyword: 'incident commander',
    phrases: ['incident commander|lead|manager|coordinator', 'war room', 'warroom', 'bridge call|line', 'incident response|management? channel|room|bridge'],
    note: 'SRE-style timelines: "incident commander", "war room", "bridge call", "creates an #incident-response channel"',
  },
  {
    phase: 'escalation',
    keyword: 'assigned',
    phrases: ['assign|hand the? incident|issue|ticket|problem? to investigate|handle|lead|own|fix', 'assign|hand the? incident|issue|ticket|problem? to look into'],
    note: 'ticket-driven timelines: "Sam assigned to investigate", "the issue was handed to the on-call lead"',
  },
  {
    phase: 'escalation',
    keyword: 'called in',
    phrases: ['join the? call|bridge|channel|incident|investigation|response|effort|war|huddle|meeting|zoom|hangout'],
    note: 'chat and bridge timelines: "joined the bridge"',
  },
  {
    phase: 'escalation',
    keyword: 'called in',
    phrases: ['/^[A-Z][a-z]+$/ /^[A-Z][a-z]+$/? =joins|=joined', '/^@/ =joins|=joined'],
    notAfter: ['table|on'],
    note: 'chat-style timelines: "Amina joins", "@dba joined" (a name, read with case)',
  },
  {
    phase: 'escalation',
    keyword: 'called in',
    phrases: ['call|bring|loop in'],
    // "tracing the system calls in a process", "the API calls in the loop": a noun, not someone called in.
    notBefore: 'system|sys|syscall|api|function|method|rpc|http|https|phone|database|db|network|remote|service|library|the|a|an|these|those|many|several|some|recursive|external|outgoing|incoming|blocking|nested|async',
    note: 'most timelines: "called in", "brought in", "looped in"',
  },
  {
    phase: 'escalation',
    keyword: 'called in',
    phrases: ['pull in'],
    notAfter: [`${PULLED}|latest`, `/^/ ${PULLED}`, `/^/ /^/ ${PULLED}`],
    note: 'most timelines: "pulled in the DBA" (not "pulled in a new version of a package")',
  },
  {
    phase: 'escalation',
    keyword: 'incident declared',
    phrases: [
      'declare|raise|=upgraded|=bumped|escalate ~3 /^(?:sev|p)[0-4]$/i',
      'declare|raise|=upgraded|=bumped|escalate ~3 sev|severity /^[0-4]$/',
      'declare|raise|=upgraded|=bumped ~3 incident|emergency',
      'declare|raise|=upgraded|=bumped ~3 major incident',
      '/^(?:sev|p)[0-4]$/i /^#?\\d+$/? be? declare|raise',
      'sev|severity /^[0-4]$/ be? declare|raise',
      'incident|emergency /^#?\\d+$/? be? =declared|=raised',
      'mark|flag|label|set|make ~3 /^(?:sev|p)[0-4]$/i',
    ],
    note: 'SRE and open-source timelines: "declares incident #465", "SEV1 declared", "raised to SEV-2", "marks it P0"',
  },
  {
    phase: 'escalation',
    keyword: 'brought in a team',
    phrases: [
      `notify|contact|=alerted|=alerts|=alerting|ping|involve|engage|ask|=paged|=pages|=paging|=tagged|=tags|=tagging|summon|loop|=messaged|=emailed|=emails|wake ~6 ${RESPONDERS}`,
      'notify|contact|=alerted|=alerts|ping|=paged|=pages|=tagged|=tags|summon|loop|wake|=cc|=cced|=cc\'d ~2 /^@/',
      `reach out to ~4 ${RESPONDERS}`,
      `wake up ~4 ${RESPONDERS}`,
      `forward|send|hand|assign|transfer|communicate|pass|flag ~3 to ~4 ${RESPONDERS}|engineer|/^@/`,
    ],
    note: 'most timelines: "contacted the database team", "forwarded this ticket to the SRE team", "pinged the on-call lead", "tagged three engineers", "the issue was assigned to the fullstack engineer"',
  },
  {
    phase: 'escalation',
    keyword: 'support case',
    phrases: ['open|file|raise|create|submit ~3 support|vendor|provider ticket|case|request', 'support ticket|case|request be|get =opened|=filed|=raised|=created|=submitted'],
    // "a support ticket was opened by a customer" is how the problem was reported, not who was brought in.
    notAfter: ['by'],
    note: 'SaaS and open-source timelines: "opened a support ticket with the cloud provider", "Support ticket was opened" (the provider is brought in)',
  },
  {
    phase: 'escalation',
    keyword: 'brought in a team',
    phrases: [`${TOLD} ${AUX} =notified|=paged|=called|=contacted|=alerted|engage|involve|=informed|join|=pinged|=tagged|=summoned|=looped|=brought|=escalated|=assigned`, `/^@/ ${AUX} =notified|=paged|=contacted|=pinged|=tagged|=summoned|=looped`],
    note: 'most timelines: "Engineering team notified", "DevOps team was alerted", "network team joins", "maintainers are contacted", "the networks team was assigned"',
  },
  {
    phase: 'escalation',
    keyword: 'another team',
    phrases: [`${OTHER_TEAMS} ~1 team|admin|administrator|engineer|expert|specialist|oncall confirm|rule|identify|investigate|join|check|help|assist|verify|find|diagnose|step|take|weigh|advise|suggest|look`],
    note: 'student and SaaS timelines: "the database team confirms…", "security team ruled out an attack": another team was brought in',
  },

  // ——— mitigation: something was done to limit the damage ———
  {
    phase: 'mitigation',
    keyword: 'rolled back',
    phrases: ['roll back', 'rollback', 'revert'],
    note: 'most timelines: "rolled back", "rollback", "reverted"',
  },
  {
    phase: 'mitigation',
    keyword: 'failed over',
    phrases: ['fail over', 'failover'],
    note: 'most timelines: "failed over to the standby", "failover"',
  },
  {
    phase: 'mitigation',
    keyword: 'restarted',
    phrases: ['restart|reboot|reload|relaunch|respawn|reinitiate|=bounced', 're start|boot|load'],
    note: 'most timelines: "restarted", "server restart begins", "rebooted", "reloaded Nginx"',
  },
  {
    phase: 'mitigation',
    keyword: 'scaled',
    phrases: [
      'scale up|out',
      'add more? ~1 capacity|instance|server|node|replica|worker|machine|host',
      'increase|raise|double the? ~2 capacity|limit|replica|worker|quota',
      'increase|raise|double the? ~2 pool|instance size|count',
      'instance count|capacity increase',
      'limit be? raise|increase',
    ],
    note: 'capacity incidents: "scaled out", "added capacity", "increased the limit", "limit raised to 2,000"',
  },
  {
    phase: 'mitigation',
    keyword: 'disabled',
    phrases: ['disable', 'turn|switch|toggle|shut off', 'kill'],
    note: 'most timelines: "disabled the flag", "turned off", "killed the process"',
  },
  {
    phase: 'mitigation',
    keyword: 'rate-limited',
    phrases: ['rate limit', 'ratelimit', 'throttle', 'load shed', 'block the? ~1 traffic|ip|ips|request|address'],
    notAfter: ['exceed|error|reach|hit'],
    note: 'abuse and capacity incidents: "rate-limited", "throttled", "load shedding", "blocked the traffic"',
  },
  {
    phase: 'mitigation',
    keyword: 'traffic moved',
    phrases: ['drain', 'quarantine', 'reroute', 'redirect the? traffic', 'load balance all? traffic', 'shift|move|route|divert all? traffic', '=traffic be? =shifted|=moved|=rerouted|=diverted|=redirected|=drained'],
    note: 'most timelines: "drained", "rerouted traffic", "traffic moved to the standby region"',
  },
  {
    phase: 'mitigation',
    keyword: 'traffic moved',
    phrases: ['isolate'],
    notAfter: ['to'],
    note: 'most timelines: "isolated the server" (not "isolated to one region")',
  },
  {
    phase: 'mitigation',
    keyword: 'fix applied',
    phrases: [
      'workaround',
      '/^hot-?fix(?:ed|es)?$/i',
      'hot fix',
      'temporary|quick fix',
      '=patched|=patches|=patching',
      `fix|correction ${AUX} apply|deploy|implement|push|ship|make|release|land|merge`,
      `fix|correction ${AUX} roll out`,
      'deploy|push|implement|ship|release|apply|land|merge a|the ~1 fix|patch|correction',
      'reconfigure',
      '=corrected|=corrects|=correcting',
      'adjust',
      'clean up',
      '=freed|free up',
      'flush',
      'purge',
      'renew',
      'redeploy',
      're deploy',
      'mitigate',
    ],
    note: 'most timelines: "applied a patch", "fix deployed", "configuration corrected", "caches flushed", "redeployed"',
  },
  {
    phase: 'mitigation',
    keyword: 'fix applied',
    phrases: ['=cleared'],
    notAfter: ['incident|ticket|outage|bridge', 'the incident|ticket|outage|bridge'],
    note: 'most timelines: "cleared the cache" (not "cleared the incident": that closes it)',
  },

  // ——— resolution: service was back, or the incident was over ———
  {
    phase: 'resolution',
    keyword: 'resolved',
    phrases: ['resolve', 'resolution'],
    note: 'most timelines: "resolved", "issue resolves", "resolving the issue", "confirmed resolution"',
  },
  {
    phase: 'resolution',
    keyword: 'restored',
    phrases: ['=restored|=restores|=restoring|=restoration'],
    note: 'most timelines: "service restored", "began restoring services"',
  },
  {
    phase: 'resolution',
    keyword: 'restored',
    phrases: ['=restore'],
    // "restore from backup started" is the means, not the end.
    notAfter: ['from|job|process|script|procedure|point|operation|test'],
    note: 'most timelines: "a fix was deployed to restore service"',
  },
  {
    phase: 'resolution',
    keyword: 'recovered',
    phrases: ['recover', 'recovery', 'revive', 'resurrect'],
    note: 'most timelines: "recovered", "full recovery", "the server revived"',
  },
  {
    phase: 'resolution',
    keyword: 'back to normal',
    phrases: [
      'back to full? normal|baseline|nominal|healthy|health|green|service|capacity|operation|usual|life',
      'back online',
      'back in service',
      'return back? to normal|baseline|nominal|health|usual',
      'back to ~2 as? =business as =usual',
    ],
    note: 'most timelines: "back online", "back to normal", "returned to baseline", "back to full health", "back to transacting as business as usual"',
  },
  {
    phase: 'resolution',
    keyword: 'back to normal',
    phrases: ['be|come back', 'be|come fully|completely|finally|now back', 'be|come /^100%?$/ back'],
    notBefore: 'error|issue|problem|outage|symptom|alert|failure|crash|latency|bug',
    notAfter: ['to investigate|check|look', 'later'],
    note: 'short timelines: "the site is back", "came back", "the service was 100% back" (not "the errors are back")',
  },
  {
    phase: 'resolution',
    keyword: 'back to normal',
    phrases: ['traffic|error|latency|metric|service|access|rate|graph|dashboard|everything ~2 normalize'],
    note: 'student reports: "traffic distribution normalized", "user access began to normalize"',
  },
  {
    phase: 'resolution',
    keyword: 'rolled back successfully',
    phrases: [
      '/^suc+es+ful+(?:l?y)?$/i ~3 rollback|revert|failover',
      '/^suc+es+ful+(?:l?y)?$/i ~3 roll|fail back|over',
      'rollback|revert|failover ~2 succeed|=successful',
      'rollback|revert|failover ~2 =completed /^suc+es+ful+(?:l?y)?$/i',
    ],
    note: 'most timelines: "successful rollback", "failover completed successfully": the previous state is back',
  },
  {
    phase: 'resolution',
    keyword: 'succeeded',
    phrases: ['/^suc+es+ful+(?:l?y)?$/i =reloaded|=restarted|=rebooted|=redeployed|=loaded|=deployed|=restored|=recovered|=completed|=synced|=connected'],
    note: 'student reports: "the webpage was successfully reloaded", often spelt "succesfully"',
  },
  {
    phase: 'resolution',
    keyword: 'fixed',
    phrases: ['=fixed|=fixes', '=corrected|=solved|=repaired ~2 problem|issue|bug|error|fault|typo|misconfiguration|outage|incident'],
    note: 'most timelines: "bug is fixed", "fixes the config file", "corrected the problem"',
  },
  {
    phase: 'resolution',
    keyword: 'closed',
    phrases: [
      'incident|outage|issue|ticket|bridge|problem have? be? close|end|over|=finished',
      'close|clear the? incident|ticket|outage|bridge|issue',
      'all clear',
      'end of the? outage|incident|impact',
    ],
    note: 'most timelines: "incident closed", "OUTAGE ENDS", "all clear", "end of outage", "cleared the incident"',
  },
  {
    phase: 'resolution',
    keyword: 'stable',
    phrases: ['=stabilized|=stabilised|=stabilizes|=stabilises', 'confirm|regain|restore ~1 stability', 'be|remain|confirm|become|look stable'],
    note: 'most timelines: "service stabilized", "confirmed stable" (not "the previous stable version")',
  },
  {
    phase: 'resolution',
    keyword: 'working again',
    phrases: [
      'up and running',
      'work again|correctly|normally|fine',
      'work as expected',
      'be now serve|run|work|respond|load|up|available|live|accessible|reachable|online',
      'fully operational|functional',
      'operational|functional again',
      'correct|normal|healthy|nominal|green again|everywhere',
      'everything|all be? back|normal|green|fine|ok|well',
      'serve ~1 again|normally',
      `${REPORTERS} can now|again|once? again? access|load|use|login|signin|reach|checkout|connect|download|install|buy|pay|order|open`,
      `${REPORTERS} can now|again|once? again? log|sign|check in|out`,
      `${REPORTERS} be able to now|again? access|load|use|login|reach|connect|download|install|buy|pay|order|open`,
      `${REPORTERS} be able to now|again? log|sign|check in|out`,
      'regain ~2 access|connectivity|connection|functionality|service|control',
    ],
    note: 'most timelines: "up and running", "working again", "fully operational", "users can access the site", "users regained access", "the service is healthy"',
  },
  {
    phase: 'resolution',
    keyword: 'working again',
    phrases: ['service|site|website|system|platform|api|app|application|cluster|everything ~1 be|become|remain now|again|fully|all? healthy|green|nominal|operational'],
    // "the vendor said its service was healthy": someone else's service, ruled out.
    notBefore: 'their|its|his|her',
    note: 'SaaS and student timelines: "the service is healthy", "the site is fully operational"',
  },
  {
    phase: 'resolution',
    keyword: 'working again',
    phrases: ['be now|again? =working'],
    notAfter: ['on|to|with|through|toward|towards'],
    note: 'short timelines: "the site is working again" (not "is working on a fix")',
  },
  {
    phase: 'resolution',
    keyword: 'working again',
    phrases: [
      'work|complete|succeed|=loads|=loaded|=loading|print|=runs|respond|render|flow|sync|pass|serve ~6 again',
      'traffic|service|signup|order|payment|delivery|processing|request|upload|login|export|operation|write|read|sync|replication|production ~1 resume',
    ],
    note: 'most timelines: "labels print again", "exports complete in under 30 seconds again", "signups resume"',
  },
  {
    phase: 'resolution',
    keyword: 'errors stopped',
    phrases: [
      'error|latency|5xx|failure|crash|timeout ~1 stop|subside|cease|disappear|vanish',
      'error|latency|5xx|failure ~1 drop|back|fall|return to zero|0|baseline|normal',
      'latency|error|traffic|metric|graph|dashboard|rate ~1 be|look|back|remain? normal|nominal|healthy|green',
      'work for everyone|everybody|all',
    ],
    note: 'most timelines: "errors stopped", "error rate back to zero", "latency normal", "checkout works for everyone"',
  },
];
