import { big5Stories } from './content/big5-stories.ts';
import { policeStories } from './content/police-stories.ts';
import { portalStories } from './content/portal-stories.ts';
import { spinStory } from './spin-story.ts';
import type { Story } from './story.ts';

export type SiteKey = 'police' | 'portal' | 'big5' | 'spam';
export type Charset = 'gbk' | 'utf-8' | 'big5';
/**
 * Where a page says its charset: only the Content-Type header, only a <meta>, both, only a UTF-8
 * byte-order mark, or nowhere (the crawler has to sniff the bytes).
 */
export type CharsetDeclaration = 'header' | 'meta' | 'header+meta' | 'bom' | 'none';
export const SITE_KEYS: readonly SiteKey[] = ['police', 'portal', 'big5', 'spam'];

export const SITE_NAMES: Record<SiteKey, string> = {
  police: '江城市公安局',
  portal: '晨讯网',
  big5: '晨曦新聞網',
  spam: '鼎盛娱乐城资讯网',
};
export const SITE_CHARSETS: Record<SiteKey, Charset> = { police: 'gbk', portal: 'utf-8', big5: 'big5', spam: 'utf-8' };
/** The brand the spam site stuffs into its copies. */
export const SPAM_BRAND = '鼎盛娱乐城';
/** The 来源 line of the spam site's copies (it hides where it copied from). */
export const SPAM_SOURCE = '网络整理';

/** One article page, before the servers start (paths only; origins come later). */
export interface CatalogArticle {
  site: SiteKey;
  /** Root-relative path of the article page (the final URL, never a redirect). */
  path: string;
  /** The text as this page shows it (a copy's edited headline, trimmed body, …). */
  page: Story;
  /** The story this page tells; copies share it. */
  storyId: string;
  spam: boolean;
  /** Shown on the site's list pages (the internal bulletin and the draft are not). */
  listed: boolean;
  crawlable: boolean;
  /** Index of the page among its site's articles: picks the date-line / metadata variant. */
  variant: number;
  /** How the page declares its charset. */
  declaration: CharsetDeclaration;
  /** The copy's original page, for a 原文链接. */
  original?: { site: SiteKey; path: string };
}

/** Links that lead nowhere useful: the crawler must cope with them. */
export interface CatalogTraps {
  notFound: { site: SiteKey; path: string }[];
  redirects: { site: SiteKey; from: string; to: string; status: 301 | 302 }[];
  /** Paths robots.txt forbids that the site links to. */
  disallowed: { site: SiteKey; path: string }[];
  /** Pages that answer only after `slowMs`. */
  slow: { site: SiteKey; path: string }[];
}

export interface Catalog {
  articles: CatalogArticle[];
  traps: CatalogTraps;
}

/** Shifts an ISO time (+08:00) by some minutes, keeping the +08:00 offset. */
export function addMinutes(iso: string, minutes: number): string {
  const shifted = new Date(Date.parse(iso) + minutes * 60_000 + 8 * 3_600_000);
  return `${shifted.toISOString().slice(0, 16)}:00+08:00`;
}

/** Year, month, day, hour, minute of an ISO time written with +08:00, as zero-padded strings. */
export function timeParts(iso: string): { y: string; m: string; d: string; hh: string; mm: string } {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  if (!match) throw new Error(`not an ISO time: ${iso}`);
  return { y: match[1], m: match[2], d: match[3], hh: match[4], mm: match[5] };
}

function storyById(stories: Story[], id: string): Story {
  const story = stories.find((candidate) => candidate.id === id);
  if (!story) throw new Error(`sample site: no story ${id}`);
  return story;
}

const NOT_LISTED = new Set(['jc-internal-bulletin', 'jc-fake-shopping-draft']);
/** The Big5 page that declares no charset anywhere: only sniffing decodes it. */
const UNDECLARED_BIG5 = 'tw-typhoon-prep';

function policePath(story: Story, index: number): string {
  const { y, m, d } = timeParts(story.publishedAt);
  const folder = story.id === 'jc-internal-bulletin' ? '/internal/content' : '/content';
  return `${folder}/${y}-${m}/t${y}${m}${d}_${1001 + index}.html`;
}

/** Stories the portal reprints from the police site, with the portal's edits. */
const PORTAL_REPRINTS: { id: string; title: string; delayMinutes: number; dropLastParagraph: boolean }[] = [
  { id: 'jc-shuadan-gang', title: '湖北江城破获特大刷单返利诈骗案 23名嫌疑人落网', delayMinutes: 135, dropLastParagraph: true },
  { id: 'jc-stopay-jan-apr', title: '江城前4个月止付冻结涉诈资金1.2亿元 电诈发案同比下降18.6%', delayMinutes: 1080, dropLastParagraph: false },
  { id: 'jc-gongjianfa-elder', title: '七旬老人险被“公检法”骗走38万元 民警及时上门劝阻', delayMinutes: 300, dropLastParagraph: false },
];

/** Stories the spam site spins. */
const SPAM_SPINS: { id: string; delayMinutes: number }[] = [
  { id: 'jc-shuadan-gang', delayMinutes: 1500 },
  { id: 'jc-gongjianfa-elder', delayMinutes: 2000 },
];

/** Builds the whole sample site's content and traps. Pure and fixed: the seed only varies page chrome. */
export function buildCatalog(): Catalog {
  const articles: CatalogArticle[] = [];

  policeStories.forEach((story, index) => {
    articles.push({
      site: 'police',
      path: policePath(story, index),
      page: story,
      storyId: story.id,
      spam: false,
      listed: !NOT_LISTED.has(story.id),
      crawlable: !NOT_LISTED.has(story.id),
      variant: index,
      declaration: index % 2 === 0 ? 'header' : 'meta',
    });
  });
  const policeArticle = (id: string): CatalogArticle => articles.find((a) => a.site === 'police' && a.storyId === id)!;

  const portalPages: { story: Story; storyId: string; original?: CatalogArticle }[] = [
    ...PORTAL_REPRINTS.map((reprint) => {
      const original = policeArticle(reprint.id);
      const paragraphs = reprint.dropLastParagraph ? original.page.paragraphs.slice(0, -1) : original.page.paragraphs;
      const story: Story = {
        ...original.page,
        title: reprint.title,
        publishedAt: addMinutes(original.page.publishedAt, reprint.delayMinutes),
        paragraphs,
      };
      return { story, storyId: reprint.id, original };
    }),
    ...portalStories.map((story) => ({ story, storyId: story.id })),
  ];
  portalPages.forEach(({ story, storyId, original }, index) => {
    const { y, m, d } = timeParts(story.publishedAt);
    articles.push({
      site: 'portal',
      path: `/news/${y}/${m}/${d}/${100001 + index}.html`,
      page: story,
      storyId,
      spam: false,
      listed: true,
      crawlable: true,
      variant: index,
      declaration: 'header+meta',
      original: original && { site: original.site, path: original.path },
    });
  });

  big5Stories.forEach((story, index) => {
    const { y, m, d } = timeParts(story.publishedAt);
    articles.push({
      site: 'big5',
      path: `/news/${y}${m}${d}/${3501 + index}.htm`,
      page: story,
      storyId: story.id,
      spam: false,
      listed: true,
      crawlable: true,
      variant: index,
      declaration: story.id === UNDECLARED_BIG5 ? 'none' : index % 2 === 0 ? 'meta' : 'header+meta',
    });
  });

  SPAM_SPINS.forEach((spin, index) => {
    const original = policeArticle(spin.id);
    const spun = spinStory(original.page, SPAM_BRAND);
    articles.push({
      site: 'spam',
      path: `/html/${8801 + index}.html`,
      page: { ...original.page, ...spun, publishedAt: addMinutes(original.page.publishedAt, spin.delayMinutes), source: SPAM_SOURCE },
      storyId: spin.id,
      spam: true,
      listed: true,
      crawlable: true,
      variant: index,
      // The second spam page is a cheap CMS export: a UTF-8 BOM and no declaration at all.
      declaration: index === 1 ? 'bom' : 'header+meta',
    });
  });

  const internal = policeArticle('jc-internal-bulletin');
  const redirectTarget = policeArticle('jc-refund-service');
  const portalRedirectTarget = articles.find((a) => a.site === 'portal' && a.storyId === 'sz-courier-claim')!;
  const traps: CatalogTraps = {
    notFound: [
      { site: 'police', path: '/content/2023-11/t20231120_0999.html' },
      { site: 'portal', path: '/news/2024/04/30/100999.html' },
    ],
    redirects: [
      { site: 'police', from: '/art/2024/4/18/art_1011.html', to: redirectTarget.path, status: 301 },
      { site: 'portal', from: portalRedirectTarget.path.replace(/\d+\.html$/, '100000.html'), to: portalRedirectTarget.path, status: 302 },
    ],
    disallowed: [
      { site: 'police', path: internal.path },
      { site: 'police', path: '/search/index.html' },
      { site: 'portal', path: '/comment/list.html' },
    ],
    slow: [{ site: 'police', path: policeArticle('jc-stopay-jan-apr').path }],
  };
  return { articles, traps };
}
