/** Building webview DOM from our own data: elements with a class and text, never HTML strings. */

/** What the renderers need of a document (a real one, or jsdom's in tests). */
export type ElementMaker = Pick<Document, 'createElement'>;

/** A `tag` element with `className` and `text` (as text, never parsed). */
export function element<K extends keyof HTMLElementTagNameMap>(doc: ElementMaker, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
