/** The smallest single replacement between two versions of a text, for edits that touch only what changed. */
import type { TextEdit } from '../rules/types';

/**
 * The one edit that turns `before` into `after`, spanning from the first changed character to the
 * last; undefined when the texts are equal. Never splits a surrogate pair or a CRLF line break.
 */
export function changedSpan(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  // Step back out of a pair that the boundary would cut in two (both texts agree on the shared part).
  if (prefix > 0 && (splitsPair(before, prefix) || splitsPair(after, prefix))) prefix--;
  if (suffix > 0 && (splitsPair(before, before.length - suffix) || splitsPair(after, after.length - suffix))) suffix--;
  return { span: { start: prefix, end: before.length - suffix }, newText: after.slice(prefix, after.length - suffix) };
}

// True when `index` falls between a high and a low surrogate, or between \r and \n.
function splitsPair(text: string, index: number): boolean {
  const previous = text.charCodeAt(index - 1);
  const next = text.charCodeAt(index);
  return (previous >= 0xd800 && previous <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) || (previous === 13 && next === 10);
}
