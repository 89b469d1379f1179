import { findDates, parseDate, toIso, type PageDate } from './parse-date.ts';
import { jsonLdValue, metaValue, type PageMeta } from './page-meta.ts';
import type { TextBlock } from './text-blocks.ts';

/** Meta keys that carry the publish time, most specific first. */
const META_KEYS = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'og:release_date', 'datepublished',
  'publishdate', 'pubdate', 'publish_date', 'publish-date', 'publishtime', 'publish_time', 'published_time',
  'article:published', 'weibo:article:create_at', 'ptime', 'firstpublishedtime', 'sailthru.date', 'dc.date.issued',
  'dcterms.created', 'dc.date', 'date', 'createdate', 'created', 'releasedate',
];

/** Labels that announce a publish time, and lines whose dates are never the publish time. */
const TIME_LABEL = /(发布|发表|发稿|更新|刊发|出版|录入|上传)?(时间|日期|于)\s*[:：]?|来源|稿源|作者|编辑|记者|日\s*电|讯/;
const NOT_PUBLISH = /版权|copyright|©|备案|ICP|All Rights|违法和不良信息|举报电话|截至|截止|期间|至\d|起至/i;

export interface PublishTimeContext {
  /** Index (in `blocks`) of the headline block, or -1. */
  titleIndex: number;
  /** Indexes of the article body's first and last blocks, or -1. */
  bodyStart: number;
  bodyEnd: number;
  url?: string;
}

/**
 * The publish time: meta tags and JSON-LD first (machine-written, with seconds and often an offset), then <time>,
 * then the dateline the reader sees between headline and body, then a date closing the body (police notices end with
 * one), then the URL. A date-only meta value is refined by a dateline of the same day that carries the clock time.
 */
export function findPublishTime(pageMeta: PageMeta, timeElements: string[], blocks: TextBlock[], context: PublishTimeContext): string | null {
  const machine = firstParsed([metaValue(pageMeta, META_KEYS), jsonLdValue(pageMeta, 'datePublished'), ...timeElements]);
  const visible = findDateline(blocks, context);
  if (machine && machine.hasTime) return toIso(machine);
  if (machine && visible && sameDay(machine, visible)) return toIso(visible);
  if (machine) return toIso(machine);
  if (visible) return toIso(visible);
  const fromUrl = context.url ? dateFromUrl(context.url) : null;
  return fromUrl ? toIso(fromUrl) : null;
}

function firstParsed(values: Array<string | null>): PageDate | null {
  for (const value of values) {
    if (!value) continue;
    const date = parseDate(value);
    if (date) return date;
  }
  return null;
}

/** The dateline near the headline; failing that, a labelled date anywhere outside chrome, or a date closing the body. */
export function findDateline(blocks: TextBlock[], context: PublishTimeContext): PageDate | null {
  const { titleIndex, bodyStart, bodyEnd } = context;
  const headerFrom = titleIndex >= 0 ? titleIndex : Math.max(0, bodyStart - 12);
  // The body may (rarely) be judged to start above the headline; the dateline is still just under the headline.
  const headerTo = Math.min(blocks.length - 1, Math.max(bodyStart >= 0 ? bodyStart + 2 : headerFrom + 15, titleIndex >= 0 ? titleIndex + 4 : -1));

  const scored: Array<{ date: PageDate; score: number }> = [];
  const consider = (block: TextBlock, base: number, linksAllowed = false): void => {
    if (NOT_PUBLISH.test(block.text)) return;
    const linkDense = block.linkChars > block.chars * 0.5;
    // Outside the header a link-dense line is a related-news list; inside it, a dateline often sits among links
    // (site name, "微博", "我要评论").
    if (linkDense && !linksAllowed) return;
    const dates = findDates(block.text);
    for (const date of dates) {
      // A date inside running text is an event date ("比2009年11月26日创下的…"), not a dateline.
      if (block.chars > 80 && date.at > 12) continue;
      const before = block.text.slice(Math.max(0, date.at - 12), date.at);
      let score = base;
      if (TIME_LABEL.test(before) || TIME_LABEL.test(block.text.slice(0, 16))) score += 3;
      if (date.hasTime) score += 2;
      if (linkDense) score -= 1;
      scored.push({ date, score });
    }
  };

  if (headerFrom <= headerTo) {
    for (let i = headerFrom; i <= headerTo; i++) consider(blocks[i], 10 - Math.min(5, Math.abs(i - (titleIndex >= 0 ? titleIndex : headerFrom)) / 2), true);
  }
  // Some CMSs print the dateline above the headline.
  if (titleIndex > 0) for (let i = Math.max(0, titleIndex - 3); i < titleIndex; i++) consider(blocks[i], 5);
  // Police and court notices close with the date of issue.
  if (bodyEnd >= 0) for (let i = Math.max(bodyStart, bodyEnd - 2); i <= Math.min(blocks.length - 1, bodyEnd + 3); i++) if (blocks[i].chars <= 40) consider(blocks[i], 4);

  if (scored.length === 0) {
    for (const block of blocks) if (block.chars <= 120) consider(block, 0);
    // Outside the header only a labelled date is trusted.
    const labelled = scored.filter((s) => s.score >= 3);
    scored.length = 0;
    scored.push(...labelled);
  }
  if (scored.length === 0) return null;
  scored.sort((a, b) => b.score - a.score);
  return scored[0].date;
}

function sameDay(a: PageDate, b: PageDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** /2024/05/10/, /20240510/, /2024-05/10/, /t20240510_ … : a date-only fallback. */
export function dateFromUrl(url: string): PageDate | null {
  const patterns = [/\/((?:19|20)\d{2})[-/]?(\d{2})[-/]?(\d{2})(?=[/_.\-a-z]|$)/i, /[_/t]((?:19|20)\d{2})(\d{2})(\d{2})[_./\d]/];
  for (const pattern of patterns) {
    const m = pattern.exec(url);
    if (!m) continue;
    const date = parseDate(`${m[1]}-${m[2]}-${m[3]}`);
    if (date) return date;
  }
  return null;
}
