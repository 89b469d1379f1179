import type { Element } from 'domhandler';

/**
 * Structural cues from tag names and class/id words. They only nudge the density scores: many Chinese sites use
 * pinyin or numbered class names, so the text itself has to carry the decision.
 */

/** Regions that hold page chrome or reader content, never the article: comments, navigation, share bars, related links. */
const NEGATIVE = /\b(comments?|cmt|reply|replies|pinglun|ping ?lun|pl_?list|discuss|footer|foot|copyright|nav|navi|navbar|menu|breadcrumbs?|crumbs?|position|location|share|sharing|bshare|jiathis|sns|social|related|relate|xgxw|xiangguan|recommend|tuijian|hotnews|hot|rank|paihang|sidebar|side|aside|advert|ads?|guanggao|gg|sponsor|banner|login|register|search|toolbar|tools|pager|pagination|keywords?|tags?)\b/i;
const POSITIVE = /\b(article|artical|artibody|content|contents|cont|main|post|entry|story|text|body|detail|details|zhengwen|zw|news_?txt|neirong|maintext|con_?text)\b/i;
const NEGATIVE_TAGS = new Set(['nav', 'footer', 'aside']);

function words(element: Element): string {
  const attribs = element.attribs ?? {};
  // Split camelCase and snake_case so `\b` sees the words: "articleShare" -> "article Share", "pl_list" keeps "pl list".
  const raw = `${attribs.class ?? ''} ${attribs.id ?? ''}`;
  return raw.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_\-\d]+/g, ' ');
}

export function isNegativeRegion(element: Element): boolean {
  if (NEGATIVE_TAGS.has(element.name)) return true;
  const w = words(element);
  return w.length > 1 && NEGATIVE.test(w) && !POSITIVE.test(w);
}

export function isPositiveRegion(element: Element): boolean {
  if (element.name === 'article') return true;
  const w = words(element);
  return w.length > 1 && POSITIVE.test(w);
}
