import { load, type CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { findByline } from './find-byline.ts';
import { findPublishTime } from './find-publish-time.ts';
import { findMainContent } from './main-content.ts';
import { readPageMeta } from './page-meta.ts';
import { findDates } from './parse-date.ts';
import { pickTitle } from './pick-title.ts';
import { collapse, countChars, textBlocks, type TextBlock } from './text-blocks.ts';

export interface ExtractedArticle {
  isArticle: boolean;          // false for list pages, empty/garbage pages
  reason?: string;             // why not an article (when isArticle is false)
  title: string | null;
  publishedAt: string | null;  // ISO 8601 with the page's offset, +08:00 when the page gives none, e.g. 2024-05-10T04:48:00+08:00
  source: string | null;       // 来源
  author: string | null;       // 作者/记者/编辑
  body: string;                // paragraphs joined by "\n"
  paragraphs: string[];
}

export interface ExtractOptions {
  /** The page's address: a last resort for the publish date (/2024/05/10/ in the path). */
  url?: string;
}

/** Larger input is refused rather than parsed: real article pages are far smaller, and parsing time grows with size. */
export const MAX_HTML_CHARS = 5 * 1024 * 1024;
/** Less body text than this is not an article (a stub, an error page, a gallery). */
const MIN_BODY_CHARS = 30;

/** Lines inside the article container that are page furniture, not article text. */
const FURNITURE = new RegExp(
  '^[【\\[(（<]?\\s*(' +
    [
      '分享到', '分享', '字号', '字號', '调整字体', '調整字體', '打印', '列印', '关闭', '關閉', '返回', '收藏', '推荐', '推薦', '我要评论',
      '评论', '評論', '纠错', '糾錯', '上一篇', '下一篇', '上一页', '下一页', '上一頁', '下一頁', '相关(新闻|阅读|链接|文章|报道|稿件)',
      '相關(新聞|閱讀|鏈接|連結|文章|報導)', '延伸阅读', '延伸閱讀', '热点推荐', '更多', '点击', '點擊', '扫描', '扫一扫', '免责声明', '免責聲明',
      '版权', '版權', '责任编辑', '責任編輯', '编辑', '編輯', '责编', '来源', '來源', '稿源', '作者', '标签', '標籤', '关键词', '關鍵詞',
      '本篇新闻热门关键词', '没有相关新闻', '沒有相關新聞', '发布时间', '發布時間', '发表时间', '發表時間', '发布日期', '时间', '時間',
      '日期', '浏览', '瀏覽', '阅读次数', '人气', '這篇新聞讓您覺得', '这篇新闻让您觉得', '[大中小]\\s*[大中小]',
    ].join('|') +
    ')',
);
/** A byline on a line of its own: the author is reported separately. "記者陳鈞凱／台北報導", "文/圖記者黃國金、華瑩". */
const BYLINE_LINE = /^[◎【(（]?\s*(本報|本报|本台|本網|本网)?(文\s*[\/／]\s*圖|文\s*[\/／]\s*图|文|圖|图)?\s*(記者|记者|通讯员|通訊員)\s*[\u4e00-\u9fa5·、\s]{2,20}([\/／]\s*[\u4e00-\u9fa5]{0,4}(報導|报道|攝影|摄影|採訪報導|采访报道))?[】)）]?$/;
/** A bare address line ("http://www.huanqiu.com"). */
const URL_LINE = /^(https?:\/\/|www\.)\S+$/i;

/**
 * Recovers the article from a news page: headline, publish time, source, author and body paragraphs. Never throws:
 * a page with no article (list, stub, garbage, oversize) comes back with isArticle false and the reason.
 */
export function extractArticle(html: string, options: ExtractOptions = {}): ExtractedArticle {
  const refusal = refuse(html);
  if (refusal) return notArticle(refusal);
  try {
    // htmlparser2 (cheerio's `xml` option with xmlMode off) rather than parse5: linear on pathological nesting
    // (30,000 unclosed <div>s take parse5 five seconds) and it scores the same on real pages.
    return extractFromDom(load(html, { xml: { xmlMode: false, decodeEntities: true } }), options);
  } catch (error) {
    // Pathological markup (e.g. nesting deeper than the parser's stack) must not stop a crawl.
    return notArticle(`extraction failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function refuse(html: unknown): string | null {
  if (typeof html !== 'string') return 'input is not text';
  if (html.length > MAX_HTML_CHARS) return `input larger than ${MAX_HTML_CHARS} characters`;
  if (html.trim().length === 0) return 'empty page';
  const head = html.slice(0, 65536);
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if ((code < 9 || (code > 13 && code < 32) || code === 0xfffd) && code !== 27) control += 1;
  }
  if (control > head.length * 0.01 + 2) return 'input looks binary or wrongly decoded';
  return null;
}

function notArticle(reason: string, partial: Partial<ExtractedArticle> = {}): ExtractedArticle {
  return { isArticle: false, reason, title: null, publishedAt: null, source: null, author: null, ...partial, body: '', paragraphs: [] };
}

function extractFromDom($: CheerioAPI, options: ExtractOptions): ExtractedArticle {
  const pageMeta = readPageMeta($);
  const headings = readHeadings($);
  const timeElements = readTimeElements($);
  const root: AnyNode = $('body')[0] ?? $.root()[0];
  const blocks = textBlocks(root);

  // Headlines are often styled <font>/<b>/<span> lines rather than headings: any short non-link line may be the one
  // that <title> repeats.
  const lines = blocks.filter((block) => block.chars >= 4 && block.chars <= 80 && block.linkChars < block.chars * 0.5).map((block) => block.text);
  const title = pickTitle(pageMeta, [...headings, ...lines]);
  const titleIndex = findTitleIndex(blocks, title);
  const main = findMainContent(blocks, titleIndex);

  const body = cutAtTrailingSection(main.blocks.filter((block) => !isTitle(block, title) && !isFurniture(block)), main.inside);
  const bodyStart = body.length ? body[0].index : -1;
  const bodyEnd = body.length ? body[body.length - 1].index : -1;

  const publishedAt = findPublishTime(pageMeta, timeElements, blocks, { titleIndex, bodyStart, bodyEnd, url: options.url });
  const headerIndexes = range(titleIndex >= 0 ? titleIndex - 2 : bodyStart - 8, bodyStart >= 0 ? bodyStart + 1 : titleIndex + 10);
  const edgeIndexes = bodyEnd >= 0 ? range(bodyEnd - 3, bodyEnd + 4) : [];
  const { source, author } = findByline(pageMeta, blocks, headerIndexes, edgeIndexes);

  const paragraphs = body.map((block) => block.text);
  const found = { title, publishedAt, source, author };
  const verdict = judge(paragraphs, main.blocks, main.inside);
  if (verdict) return notArticle(verdict, found);
  return { isArticle: true, ...found, body: paragraphs.join('\n'), paragraphs };
}

function readHeadings($: CheerioAPI): string[] {
  const texts: string[] = [];
  $('h1, h2, h3, [class*="title"], [id*="title"], [class*="Title"], [id*="Title"], [class*="biaoti"]').each((i, element) => {
    if (i > 60) return false;
    const text = collapse($(element).text());
    if (text.length >= 4 && text.length <= 120) texts.push(text);
    return undefined;
  });
  return texts;
}

function readTimeElements($: CheerioAPI): string[] {
  const values: string[] = [];
  $('[itemprop="datePublished"], time[pubdate], time[datetime]').each((i, element) => {
    if (i > 10) return false;
    const attribs = element.attribs ?? {};
    const value = attribs.datetime ?? attribs.content ?? $(element).text();
    if (value) values.push(value);
    return undefined;
  });
  return values;
}

/** The block showing the headline: an exact match, preferring <h1>, then other headings, then the earliest. */
function findTitleIndex(blocks: TextBlock[], title: string | null): number {
  if (!title) return -1;
  const key = squash(title);
  let best = -1;
  let bestRank = Infinity;
  for (const block of blocks) {
    const text = squash(block.text);
    if (!text) continue;
    const exact = text === key;
    const close = !exact && text.length <= key.length * 1.5 + 4 && (text.includes(key) || (key.includes(text) && text.length >= key.length * 0.6));
    if (!exact && !close) continue;
    const rank = (exact ? 0 : 4) + (block.tag === 'h1' ? 0 : /^h[2-6]$/.test(block.tag) ? 1 : 2) + block.index / 1e6;
    if (rank < bestRank) {
      best = block.index;
      bestRank = rank;
    }
  }
  return best;
}

function isTitle(block: TextBlock, title: string | null): boolean {
  if (!title) return false;
  return squash(block.text) === squash(title);
}

/** Headings that open what follows an article: related news, comments, recommendations, picture galleries. */
const TRAILING_SECTION =
  /^[【\[]?\s*(相关|相關|延伸|推荐|推薦|热门|熱門|热点|熱點|其他|其它|更多|网友(评论|留言|热评)|網友(評論|留言)|新聞討論|新闻讨论|讨论区|討論區|发表评论|發表評論|评论|評論|留言|图片新闻|圖片新聞|编辑推荐|編輯推薦|编辑首推|編輯首推|猜你喜欢|猜你喜歡|你可能|您可能|排行|精彩推荐|精彩推薦|往期|上一篇|下一篇|专题|專題|今日推荐|今日推薦|大家都在看|這篇新聞讓您覺得|这篇新闻让您觉得|看完这篇|看完這篇|本文心情|您的心情)/;

/**
 * Drops what follows a heading that opens a trailing section ("相关新闻", "网友评论", "图片新闻") once some article text
 * has been read, unless it continues the paragraphs before the heading (same parent element) or outweighs them: an
 * inline "相关阅读" box in the middle of an article is followed by more article, a comment section is not.
 */
function cutAtTrailingSection(body: TextBlock[], inside: TextBlock[]): TextBlock[] {
  if (body.length === 0) return body;
  const total = body.reduce((sum, block) => sum + block.chars, 0);
  const keptIndexes = new Set(body.map((block) => block.index));
  let seen = 0;
  for (const block of inside) {
    if (keptIndexes.has(block.index)) seen += block.chars;
    const heading = block.chars <= 16 && !/[。！，]|[？?]./.test(block.text) && TRAILING_SECTION.test(block.text);
    if (!heading || seen < Math.min(100, total * 0.3)) continue;
    const articleParents = new Set(body.filter((kept) => kept.index < block.index).map((kept) => kept.container.parent));
    const cut = body.filter((kept) => kept.index < block.index || articleParents.has(kept.container.parent));
    const dropped = total - cut.reduce((sum, kept) => sum + kept.chars, 0);
    // More text after the heading than before it: the heading was an inline box and the article goes on.
    return dropped < seen ? cut : body;
  }
  return body;
}

/** Share bars, "责任编辑" lines and datelines inside the container. A long line with full stops is text, whatever it starts with. */
function isFurniture(block: TextBlock): boolean {
  if (block.chars > 80 || /[。！]/.test(block.text)) return false;
  if (FURNITURE.test(block.text) || BYLINE_LINE.test(block.text) || URL_LINE.test(block.text)) return true;
  if (/[？?]/.test(block.text)) return false;
  const dates = findDates(block.text);
  if (dates.length > 0) {
    const rest = block.text.replace(/(?:19|20)\d{2}[^\u4e00-\u9fa5]{0,3}\d{1,2}[^\u4e00-\u9fa5]{0,3}\d{1,2}\S*/g, '');
    if (countChars(rest.replace(/[年月日时分秒:：\d\s-]/g, '')) < 30) return true;
  }
  return false;
}

/** Why the page holds no article, or null when it does. */
function judge(paragraphs: string[], kept: TextBlock[], inside: TextBlock[]): string | null {
  const chars = paragraphs.reduce((sum, p) => sum + countChars(p), 0);
  if (chars === 0) return 'no text found';
  if (chars < MIN_BODY_CHARS) return `too little article text (${chars} characters)`;
  const sentences = paragraphs.join('').match(/[。！？!?]/g)?.length ?? 0;
  if (sentences === 0 && chars < 300) return 'no sentences: page chrome only';
  // A list page: headline links alternating with their short summaries. (An article's related links come in one run.)
  const isLinkItem = (block: TextBlock): boolean => block.linkChars > block.chars * 0.5 && block.chars >= 6 && block.chars <= 60;
  const keptSet = new Set(kept);
  let alternations = 0;
  for (let i = 1; i < inside.length; i++) if (keptSet.has(inside[i]) && isLinkItem(inside[i - 1])) alternations += 1;
  if (alternations >= 5 && alternations >= kept.length * 0.7) return `looks like a list page (${alternations} headline links with summaries)`;
  const linkItems = inside.filter(isLinkItem).length;
  if (linkItems >= 8 && chars < 200) return `looks like a list page (${linkItems} headline links)`;
  return null;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = Math.max(0, from); i <= to; i++) out.push(i);
  return out;
}

function squash(text: string): string {
  return text.replace(/[\s\u3000"'“”‘’「」《》:：,，.。!！?？\-—_|｜·]/g, '').toLowerCase();
}
