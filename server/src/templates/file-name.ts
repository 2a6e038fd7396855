/**
 * Where a new postmortem goes and what it is called: `<folder>/<YYYY-MM-DD>-<slug>.md`, in the
 * folder `postmortem.library.folder` names, else the one that holds most of the team's postmortems,
 * else `postmortems/`. Pure: the editor finds the files and writes the new one.
 */

/** The folder a new postmortem goes to when the workspace has none yet and no folder is set. */
export const DEFAULT_LIBRARY_FOLDER = 'postmortems';

/** The longest slug a file name gets, in characters. */
export const MAX_SLUG_LENGTH = 60;

/** The day of `date` in its local calendar, YYYY-MM-DD. */
export function isoDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/**
 * A title as a file name's words: lower case ASCII letters, digits and single hyphens, accents
 * folded ("Café" is "cafe"), at most MAX_SLUG_LENGTH characters cut at a word; "postmortem" when
 * nothing is left (a title in another script).
 */
export function titleSlug(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '') // "what's" is "whats", not "what-s"
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (words === '') return 'postmortem';
  if (words.length <= MAX_SLUG_LENGTH) return words;
  const cut = words.slice(0, MAX_SLUG_LENGTH + 1);
  const atWord = cut.lastIndexOf('-');
  return (atWord > 0 ? cut.slice(0, atWord) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
}

/** The new postmortem's file name: `2025-03-04-checkout-outage.md`, with `-2`, `-3`… for the later tries when the name is taken. */
export function postmortemFileName(day: string, title: string, attempt = 1): string {
  return `${day}-${titleSlug(title)}${attempt > 1 ? `-${attempt}` : ''}.md`;
}

/**
 * The folder that holds the most of `postmortems` (paths relative to the workspace folder, `/`
 * between parts), "" for the workspace folder itself; on a tie, the shallower, then the first by
 * name. Undefined when there are none.
 */
export function busiestFolder(postmortems: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const path of postmortems) {
    const parts = path.replace(/\\/g, '/').split('/').filter((part) => part !== '' && part !== '.');
    const folder = parts.slice(0, -1).join('/');
    counts.set(folder, (counts.get(folder) ?? 0) + 1);
  }
  const depth = (folder: string) => (folder === '' ? 0 : folder.split('/').length);
  const ranked = [...counts].sort(([a, countA], [b, countB]) => countB - countA || depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0));
  return ranked[0]?.[0];
}

/**
 * `postmortem.library.folder` read: unset (undefined, or only spaces), a folder inside the
 * workspace folder as its parts ([] for the workspace folder itself), or what is wrong with it.
 */
export function libraryFolderSetting(value: unknown): { parts: string[] } | { problem: string } | undefined {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
  if (typeof value !== 'string') return { problem: `"postmortem.library.folder" must be a folder name, not ${JSON.stringify(value)}` };
  const path = value.trim().replace(/\\/g, '/');
  if (path.startsWith('/') || /^[a-z]:/i.test(path) || path.startsWith('~')) {
    return { problem: `"postmortem.library.folder" is "${value}": give a folder relative to the workspace folder, such as "docs/postmortems"` };
  }
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.pop() === undefined) return { problem: `"postmortem.library.folder" is "${value}", which is outside the workspace folder: give a folder inside it` };
      continue;
    }
    parts.push(part);
  }
  return { parts };
}
