/**
 * Links and images whose address is a placeholder: a host reserved for examples or a service of
 * stand-in images ("https://example.com/…", "https://via.placeholder.com/600x200.png"), or a target
 * that is only a prompt ("http://link-here", "<link>"). Read for template-leftover.
 */
import { overlapsAny } from '../parse/lines';
import type { PostmortemDoc, Span } from '../parse/types';
import { PLACEHOLDER_HOSTS, PLACEHOLDER_TARGET } from './template-vocabulary';

/** A link or image with a placeholder address. */
export interface PlaceholderLink {
  /** The whole link. */
  span: Span;
  /** The address, without angle brackets. */
  address: string;
  image: boolean;
  /** The link's text, for an inline link or image; undefined for a bare URL, an autolink or a definition. */
  text: string | undefined;
}

// Markdown links and images ("[text](url)", "![alt](<url> "title")"), reference definitions ("[id]: url"), autolinks and bare URLs.
const LINK = /(!?)\[((?:[^[\]\n]|\[[^[\]\n]*\])*)\]\([ \t]*(<[^<>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'))?[ \t]*\)|^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*(<[^<>\n]*>|\S+)|<(https?:\/\/[^<>\s]+)>|\bhttps?:\/\/[^\s<>()[\]]+/gim;

/** Every link and image with a placeholder address, outside code. */
export function placeholderLinks(doc: PostmortemDoc): PlaceholderLink[] {
  const found: PlaceholderLink[] = [];
  LINK.lastIndex = 0;
  for (let match = LINK.exec(doc.text); match; match = LINK.exec(doc.text)) {
    const target = match[3] ?? match[4] ?? match[5] ?? match[0];
    const span = { start: match.index, end: match.index + match[0].length };
    if (!isPlaceholderAddress(target) || overlapsAny(doc.opaque, span.start, span.start + 1) || insideCode(doc.text, span.start)) continue;
    found.push({ span, address: target.replace(/^<|>$/g, ''), image: match[1] === '!', text: match[2] });
  }
  return found;
}

// True for an address on a host reserved for examples, or one that is only a prompt ("your-link", "<link>").
function isPlaceholderAddress(target: string): boolean {
  const address = target.replace(/^<|>$/g, '').trim();
  const host = /^(?:[a-z][\w+.-]*:)?\/\/([^/?#:\s]+)/i.exec(address)?.[1]?.toLowerCase();
  if (host !== undefined && PLACEHOLDER_HOSTS.some((reserved) => host === reserved || host.endsWith(`.${reserved}`))) return true;
  return PLACEHOLDER_TARGET.test(address.replace(/^(?:https?:)?\/\//i, '').replace(/^www\./i, '').replace(/\/$/, '').replace(/\.com$/i, ''));
}

// True when `offset` is inside an inline code span on its line (an odd number of backticks before it).
function insideCode(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return ((text.slice(lineStart, offset).match(/`/g)?.length ?? 0) & 1) === 1;
}
