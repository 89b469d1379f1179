import type { Element } from 'domhandler';
import { isNegativeRegion, isPositiveRegion } from './region-hints.ts';
import type { TextBlock } from './text-blocks.ts';

export interface MainContent {
  /** The element judged to hold the article, or null when no element holds article-like text. */
  container: Element | null;
  /** Blocks under the container, in document order, that read as article text. */
  blocks: TextBlock[];
  /** Every block under the container, kept or not (to judge list pages). */
  inside: TextBlock[];
  /** Net content score of the container (roughly: characters of sentence text minus boilerplate). */
  score: number;
}

/**
 * Finds the article in the spirit of CETD / text-and-symbol density: each text block earns a weight from its length,
 * its punctuation density (sentences have ，。 — menus, link lists and labels do not) and its link density; chrome
 * earns a negative weight. Each element's score is the sum over the blocks it holds, so the winning element is the
 * one that takes in the article's paragraphs while leaving out the navigation, link lists and comments around them.
 */
export function findMainContent(blocks: TextBlock[], titleIndex = -1): MainContent {
  const scores = new Map<Element, number>();
  const firstPositive = new Map<Element, number>();
  const negativeCache = new Map<Element, boolean>();
  const inNegative = (element: Element): boolean => {
    let cached = negativeCache.get(element);
    if (cached === undefined) {
      cached = isNegativeRegion(element);
      negativeCache.set(element, cached);
    }
    return cached;
  };

  for (const block of blocks) {
    let weight = blockWeight(block);
    if (weight === 0) continue;
    // Content inside a comment/related/nav region counts against anything that contains that region.
    let node: Element | null = block.container;
    let negativeSeen = false;
    while (node && node.type === 'tag') {
      if (!negativeSeen && inNegative(node)) {
        negativeSeen = true;
        if (weight > 0) weight = -weight * 0.6;
      }
      scores.set(node, (scores.get(node) ?? 0) + weight);
      if (weight > 0 && !firstPositive.has(node)) firstPositive.set(node, block.index);
      node = node.parent as Element | null;
    }
  }

  // The headline anchors the article: the body starts right under it. Short articles need this most, as the page
  // chrome around them can outweigh a single paragraph.
  const titleAncestors = new Set<Element>();
  for (let node: Element | null = titleIndex >= 0 ? blocks[titleIndex].container : null; node && node.type === 'tag'; node = node.parent as Element | null) {
    titleAncestors.add(node);
  }
  const anchored = (element: Element): boolean => {
    if (titleIndex < 0) return false;
    if (titleAncestors.has(element)) return true;
    const first = firstPositive.get(element);
    return first !== undefined && first > titleIndex && first - titleIndex <= 6;
  };

  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, score] of scores) {
    const adjusted = score * (isPositiveRegion(element) ? 1.05 : 1) * (score > 0 && anchored(element) ? 1.5 : 1);
    if (adjusted > bestScore) {
      best = element;
      bestScore = adjusted;
    }
  }
  if (!best) return { container: null, blocks: [], inside: [], score: 0 };

  const inside = blocks.filter((block) => isWithin(block.container, best!));
  const kept = inside.filter((block) => keepBlock(block, best!, inNegative));
  return { container: best, blocks: kept, inside, score: bestScore };
}

/** A block's contribution: positive for sentence text, negative for links and bare labels. */
export function blockWeight(block: TextBlock): number {
  const { chars, punct } = block;
  const linkChars = effectiveLinkChars(block);
  if (BOILERPLATE_TEXT.test(block.text) && chars < 400) return -chars * 0.5;
  if (chars === 0) return 0;
  const linkDensity = linkChars / chars;
  if (linkDensity > 0.5) return -chars * 0.6 - 2;
  const plain = chars - linkChars;
  if (punct === 0) {
    // Short labels ("首页", "2024-05-10", "打印") are chrome; a long unpunctuated run is weak content.
    return plain < 20 ? -2 : plain * 0.3;
  }
  const punctDensity = punct / chars;
  // Running Chinese prose has a mark every 8–25 characters. Much denser is a tag list ("A、B、C"); sparser is a caption.
  const shape = punctDensity > 0.35 ? 0.4 : 1;
  return plain * shape * (1 - linkDensity);
}

/**
 * Link characters that count as navigation. Whole paragraphs of prose wrapped in one <a> (it happens: a CMS that
 * links the article to itself) are still prose; menus and headline links are short.
 */
export function effectiveLinkChars(block: TextBlock): number {
  if (block.linkChars > 0 && block.links <= 2 && block.chars >= 25 && block.punct >= 2 && /[。！？]/.test(block.text)) return 0;
  return block.linkChars;
}

/** Disclaimers, contact lines and copyright notices: sentence-like but never article text. */
const BOILERPLATE_TEXT = new RegExp(
  [
    '不代表本(网|網|站|报|報|台)', '(转|轉)(载|載)(请|請|须|須|务必|時|时)?(注明|标明|標明)', '版(权|權)(所有|归|歸)',
    '未(经|經).{0,12}(许可|許可|授权|授權|同意).{0,8}(转|轉|使用|复制|複製)', '不得(转|轉)(载|載)', '免(责|責)(声明|聲明|条款|條款)',
    '违法和不良信息', '(举|舉)(报|報)(电话|電話|邮箱|郵箱)', '(联系|聯繫|服务|服務|热线|熱線)(电话|電話)[:：]', '(传|傳)\\s*真[:：]',
    '(电子|電子)?(邮箱|郵箱)[:：]', 'E-?mail[:：]', 'ICP(备|備|证|證)', '(您|你)(现在|現在)的位置', '(当前|當前|所在)位置[:：]',
    '(请|請)您(对|對).{0,6}(评分|評分)', '^(声明|聲明)[:：]?$', '(關注|关注|like|訂閱|订阅)\\s*(我們|我们)',
    '我(們|们)的(專頁|专页|公众号|公眾號)', '下(载|載).{0,6}客(户|戶)端', '扫(描|一扫).{0,10}二(维|維)(码|碼).{0,10}(关注|下载)',
    '(马|馬)上(登录|登入)', '已有(帐|账|賬)(号|號)',
  ].join('|'),
  'i',
);

function isWithin(node: Element | null, ancestor: Element): boolean {
  let current: Element | null = node;
  while (current) {
    if (current === ancestor) return true;
    current = current.parent as Element | null;
  }
  return false;
}

/** Inside the chosen element, drops link lists, chrome regions and metadata lines that are not article text. */
function keepBlock(block: TextBlock, container: Element, inNegative: (e: Element) => boolean): boolean {
  let node: Element | null = block.container;
  while (node && node !== container) {
    if (inNegative(node)) return false;
    node = node.parent as Element | null;
  }
  if (block.chars === 0) return false;
  if (effectiveLinkChars(block) / block.chars > 0.5) return false;
  return !(BOILERPLATE_TEXT.test(block.text) && block.chars < 400);
}
