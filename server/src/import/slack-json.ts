/**
 * A Slack channel export: a day's JSON file (an array of messages) or a list of them, each message
 * with an epoch `ts`, a `user` or a bot's `username`, a `subtype` for joins, leaves and topic
 * changes, and thread replies (`thread_ts`) listed in order with the rest.
 */
import { ImportError, oneLine, type ImportedEvent, type Skipped } from './types';

// Subtypes that say nothing about the incident.
const NOISE = new Set(['channel_join', 'channel_leave', 'group_join', 'group_leave', 'channel_topic', 'channel_purpose', 'channel_name', 'bot_add', 'bot_remove', 'pinned_item', 'unpinned_item', 'reminder_add', 'tombstone', 'message_deleted']);

interface SlackMessage {
  ts?: unknown;
  type?: unknown;
  subtype?: unknown;
  text?: unknown;
  user?: unknown;
  username?: unknown;
  user_profile?: { real_name?: unknown; display_name?: unknown; name?: unknown };
  bot_profile?: { name?: unknown };
}

/** True when the parsed JSON looks like a Slack export: messages with a `ts`. */
export function isSlackExport(json: unknown): boolean {
  const messages = messagesOf(json);
  return messages !== undefined && messages.length > 0 && messages.slice(0, 20).every((message) => typeof message === 'object' && message !== null && 'ts' in message);
}

/** The messages of a Slack export, in time order; `users` maps user ids to names when the export has them. */
export function readSlackJson(json: unknown, users: ReadonlyMap<string, string> = new Map()): { events: ImportedEvent[]; skipped: Skipped[] } {
  const messages = messagesOf(json);
  if (!messages) throw new ImportError('a Slack export is an array of messages (one day\'s file) or {"messages": […]}');
  const events: ImportedEvent[] = [];
  const skipped: Skipped[] = [];
  // A user's name from any message that carries their profile names their other messages too.
  const names = new Map(users);
  for (const raw of messages) {
    const message = raw as SlackMessage;
    const name = typeof message.user === 'string' ? authorOf({ ...message, user: undefined }, names) : undefined;
    if (name !== undefined && !names.has(message.user as string)) names.set(message.user as string, name);
  }
  messages.forEach((raw, index) => {
    const line = index + 1; // the message's place in the export
    const message = raw as SlackMessage;
    const seconds = typeof message.ts === 'string' || typeof message.ts === 'number' ? Number(message.ts) : NaN;
    if (!Number.isFinite(seconds)) return skipped.push({ line, reason: 'message has no "ts" time' });
    if (typeof message.subtype === 'string' && NOISE.has(message.subtype)) return skipped.push({ line, reason: `a ${message.subtype.replace(/_/g, ' ')}` });
    const text = typeof message.text === 'string' ? oneLine(slackText(message.text, names)) : '';
    if (text === '') return skipped.push({ line, reason: 'an empty message (a file or a reaction only)' });
    events.push({ time: { utcMs: Math.round(seconds * 1000) }, author: authorOf(message, names), text, line });
  });
  events.sort((a, b) => ('utcMs' in a.time && 'utcMs' in b.time ? a.time.utcMs - b.time.utcMs : 0));
  return { events, skipped };
}

function messagesOf(json: unknown): unknown[] | undefined {
  if (Array.isArray(json)) return json;
  if (json && typeof json === 'object' && Array.isArray((json as { messages?: unknown }).messages)) return (json as { messages: unknown[] }).messages;
  return undefined;
}

function authorOf(message: SlackMessage, users: ReadonlyMap<string, string>): string | undefined {
  const profile = message.user_profile;
  const names = [profile?.real_name, profile?.display_name, profile?.name, message.username, message.bot_profile?.name];
  const named = names.find((name): name is string => typeof name === 'string' && name.trim() !== '');
  if (named) return named.trim();
  return typeof message.user === 'string' ? (users.get(message.user) ?? message.user) : undefined;
}

// Slack's markup in plain words: "<@U123>" as the user's name, "<#C1|incident>" as "#incident",
// "<https://x|label>" as its label, "&amp;" as "&".
function slackText(text: string, users: ReadonlyMap<string, string>): string {
  return text
    .replace(/<@([A-Z0-9]+)(?:\|([^>]+))?>/g, (_, id: string, label?: string) => `@${label ?? users.get(id) ?? id}`)
    .replace(/<#[A-Z0-9]+\|([^>]+)>/g, '#$1')
    .replace(/<!(here|channel|everyone)>/g, '@$1')
    .replace(/<([^|>]+)\|([^>]+)>/g, '$2')
    .replace(/<([^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
