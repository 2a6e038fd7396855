/**
 * A new postmortem for each profile: its title, its facts (date, status, severity), then the
 * sections the profile requires, in its order and with its own headings, each with short guidance to
 * replace. One model of the template gives both forms: the Markdown of a new file, and a VS Code
 * snippet whose tab stops are the guidance.
 */
import { PROFILE_IDS, profileOf, type ProfileId, type RequiredSection } from '../judging/profiles';
import { PREAMBLE, sectionBody, type TemplateLine } from './guidance';

/** What a new postmortem is given when it is created. */
export interface TemplateOptions {
  /** The incident's title, as the writer typed it. */
  title: string;
  /** The day, YYYY-MM-DD. */
  date: string;
  /** The zone the timeline's times are in (`postmortem.timezone`); UTC when none is set. */
  zone?: string | undefined;
}

/** A VS Code snippet: what to type, what it is, and its body (lines, with tab stops). */
export interface PostmortemSnippet {
  prefix: string;
  description: string;
  body: string[];
}

// What each template is, in a few words, for the profile picker and the snippet list.
const DESCRIPTIONS: Readonly<Record<ProfileId, string>> = {
  standard: 'The five sections most postmortems have',
  holberton: 'The "0x19. Postmortem" project: four sections, 400–600 words',
  'google-sre': "Google's SRE book example: impact, trigger, detection; action items with an owner and a bug",
  pagerduty: "PagerDuty's template: what happened, responders, how'd we do",
  atlassian: "Atlassian's handbook: leadup, fault, response, recovery, five whys",
};

/** A profile as the writer chooses it: its id, name, a description and the sections it brings. */
export interface TemplateChoice {
  id: ProfileId;
  name: string;
  description: string;
  /** The section headings, in order. */
  sections: string[];
}

/** Every profile's template, in the profiles' order. */
export function templateChoices(): TemplateChoice[] {
  return PROFILE_IDS.map((id) => {
    const profile = profileOf(id);
    return { id, name: profile.name, description: DESCRIPTIONS[id], sections: profile.sections.map((section) => section.heading) };
  });
}

/** The template of a profile as lines of pieces: the one model both the file and the snippet are written from. */
export function templateLines(profileId: ProfileId): TemplateLine[] {
  const profile = profileOf(profileId);
  const fields = profile.actionItemFields.map((field) => field.name);
  const lines: TemplateLine[] = [['# ', { value: 'title' }], [], ...PREAMBLE];
  for (const section of profile.sections) {
    lines.push([], headingLine(section), []);
    lines.push(...sectionBody(section.kinds.length > 1 ? 'root-cause-and-resolution' : section.kinds[0]!, fields));
  }
  return lines;
}

// The section's heading as the profile writes it; the timeline's says its zone.
function headingLine(section: RequiredSection): TemplateLine {
  return section.kinds.includes('timeline') ? [`## ${section.heading} (all times `, { value: 'zone' }, ')'] : [`## ${section.heading}`];
}

/** A new postmortem in the profile's template, as Markdown. */
export function postmortemTemplate(profileId: ProfileId, options: TemplateOptions): string {
  const values = { title: headingText(options.title), date: options.date, zone: options.zone?.trim() || 'UTC' };
  const text = templateLines(profileId).map((line) =>
    line.map((piece) => (typeof piece === 'string' ? piece : 'value' in piece ? values[piece.value] : piece.guidance)).join(''),
  );
  return `${text.join('\n')}\n`;
}

/** The profile's template as a VS Code snippet: the title, the zone and each piece of guidance are tab stops; the date is today's. */
export function postmortemSnippet(profileId: ProfileId): PostmortemSnippet {
  let stop = 0;
  const stops = { title: ++stop, zone: 0 };
  const body = templateLines(profileId).map((line) =>
    line
      .map((piece) => {
        if (typeof piece === 'string') return escapeText(piece);
        if (!('value' in piece)) return `\${${++stop}:${escapePlaceholder(piece.guidance)}}`;
        if (piece.value === 'title') return `\${${stops.title}:Postmortem: what broke, in a few words}`;
        if (piece.value === 'date') return '$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE';
        stops.zone ||= ++stop;
        return `\${${stops.zone}:UTC}`;
      })
      .join(''),
  );
  body.push('$0');
  const choice = templateChoices().find((entry) => entry.id === profileId)!;
  const name = choice.name === profileId ? profileId : `${choice.name} (${profileId})`;
  return { prefix: `postmortem-${profileId}`, description: `A new postmortem in the ${name} template: ${choice.sections.join(', ')}`, body };
}

// The title on one line, with a closing run of "#" kept as text (Markdown would drop it as the heading's closing sequence).
function headingText(title: string): string {
  return title.replace(/\s+/g, ' ').trim().replace(/(\s)(#+)$/, (_, space: string, hashes: string) => `${space}${hashes.replace(/#/g, '\\#')}`);
}

// Fixed snippet text: "$" and "\" are syntax.
function escapeText(text: string): string {
  return text.replace(/[\\$]/g, '\\$&');
}

// A placeholder's default: "}" ends it too.
function escapePlaceholder(text: string): string {
  return text.replace(/[\\$}]/g, '\\$&');
}
