import type { AnyNode, Element } from 'domhandler';

/**
 * A run of text between two block boundaries (block-level tags or <br>): the unit that is judged as content or
 * boilerplate. Chinese news pages often put a whole article in one <div> separated by <br>, so <br> ends a block.
 */
export interface TextBlock {
  /** Whitespace-collapsed text. */
  text: string;
  /** Non-whitespace characters. */
  chars: number;
  /** Non-whitespace characters inside <a href>. */
  linkChars: number;
  /** Number of <a href> elements that contribute text. */
  links: number;
  /** Sentence punctuation marks (，。！？；： and their ASCII forms in CJK text). */
  punct: number;
  /** The nearest block-level element holding the text. */
  container: Element;
  /** Tag name of the container, lower-case. */
  tag: string;
  /** Position in document order. */
  index: number;
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'caption', 'br',
]);

/** Elements whose text is never article text. */
export const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'iframe', 'object', 'embed', 'select', 'option', 'textarea', 'button', 'input', 'svg',
  'canvas', 'map', 'head', 'template', 'audio', 'video', 'link', 'meta', 'title',
]);

const PUNCT = /[，。！？；：、,.!?;:“”「」『』]/g;
const WHITESPACE = /[\s\u00a0\u3000\u200b\ufeff]+/g;

export function countPunct(text: string): number {
  return text.match(PUNCT)?.length ?? 0;
}

export function countChars(text: string): number {
  return text.replace(WHITESPACE, '').length;
}

export function collapse(text: string): string {
  return text.replace(WHITESPACE, ' ').trim();
}

export function isHidden(element: Element): boolean {
  const style = element.attribs?.style;
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  return element.attribs?.hidden !== undefined || element.attribs?.['aria-hidden'] === 'true';
}

/**
 * Splits the tree under `root` into text blocks in document order. Iterative, so a page of ten thousand unclosed
 * <div>s cannot overflow the stack.
 */
export function textBlocks(root: AnyNode): TextBlock[] {
  const blocks: TextBlock[] = [];
  let pieces: string[] = [];
  let linkChars = 0;
  let links = 0;
  let container: Element | null = null;

  const flush = (): void => {
    if (pieces.length === 0 || container === null) {
      pieces = [];
      linkChars = 0;
      links = 0;
      return;
    }
    const text = collapse(pieces.join(''));
    pieces = [];
    if (text.length > 0) {
      const chars = countChars(text);
      blocks.push({ text, chars, linkChars: Math.min(linkChars, chars), links, punct: countPunct(text), container, tag: container.name, index: blocks.length });
    }
    linkChars = 0;
    links = 0;
  };

  // Explicit stack of (node, phase): phase 0 = enter, 1 = leave.
  type Frame = { node: AnyNode; leave: boolean; containerBefore: Element | null; linkDepthBefore: number };
  const stack: Frame[] = [{ node: root, leave: false, containerBefore: null, linkDepthBefore: 0 }];
  let linkDepth = 0;
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const node = frame.node;
    if (frame.leave) {
      const element = node as Element;
      if (BLOCK_TAGS.has(element.name)) {
        flush();
        container = frame.containerBefore;
      }
      linkDepth = frame.linkDepthBefore;
      continue;
    }
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      pieces.push(data);
      if (linkDepth > 0) linkChars += countChars(data);
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'root') continue;
    if (node.type === 'root') {
      const children = (node as unknown as { children: AnyNode[] }).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], leave: false, containerBefore: null, linkDepthBefore: 0 });
      continue;
    }
    const element = node as Element;
    const name = element.name;
    if (SKIPPED_TAGS.has(name) || isHidden(element)) continue;
    if (name === 'br' || name === 'hr') {
      flush();
      continue;
    }
    if (name === 'img') {
      continue;
    }
    const isBlock = BLOCK_TAGS.has(name);
    const before = container;
    if (isBlock) {
      flush();
      container = element;
    }
    stack.push({ node, leave: true, containerBefore: before, linkDepthBefore: linkDepth });
    if (name === 'a' && element.attribs?.href !== undefined) {
      linkDepth += 1;
      links += 1;
    }
    const children = element.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], leave: false, containerBefore: null, linkDepthBefore: 0 });
  }
  flush();
  return blocks;
}
