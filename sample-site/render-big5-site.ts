import type { CatalogArticle } from './build-catalog.ts';
import { SITE_NAMES } from './build-catalog.ts';
import { prngFor } from './create-prng.ts';
import { escapeHtml, formatTime, htmlRoute, textRoute, type RenderContext, type Route, type SiteRoutes } from './route.ts';

/** Articles per list page (/list.php?page=N). */
export const BIG5_PAGE_SIZE = 4;
const NAME = SITE_NAMES.big5;
const NOTICE = '<!-- fanzha sample site: fictional content generated for tests; not a real news website -->';
/** Tracking parameters some list links carry; the crawler should drop them. */
export const BIG5_TRACKING = '?utm_source=list&utm_medium=web';

function head(title: string, meta: string): string {
  return `<!DOCTYPE html>
<html lang="zh-Hant">
<head>
${meta}
<title>${escapeHtml(title)}</title>`;
}

function top(): string {
  return `${NOTICE}
<div id="header"><a href="/list.php?page=1" class="logo">${NAME}</a>
<ul class="menu"><li><a href="/list.php?page=1">即時</a></li><li><a href="/list.php?page=1">社會</a></li><li><a href="/list.php?page=1">國際</a></li><li><a href="/list.php?page=1">財經</a></li><li><a href="/list.php?page=1">生活</a></li></ul></div>`;
}

function footer(): string {
  return `<div id="footer"><p>${NAME} 版權所有，未經授權不得轉載　客服專線：(02)2712-3456　地址：台北市中山區南京東路二段88號</p>
<p>反詐騙諮詢專線165　香港「防騙易」熱線18222</p></div>`;
}

function dateLine(article: CatalogArticle): string {
  const { publishedAt, source } = article.page;
  const from = source ? `來源：${source}` : '';
  switch (article.variant % 3) {
    case 0:
      return `<span class="date">${formatTime(publishedAt, 'YYYY/MM/DD hh:mm')}</span> <span class="source">${from}</span>`;
    case 1: {
      // An update time follows the publish time: the publish time is the first one.
      const updated = new Date(Date.parse(publishedAt) + 160 * 60_000 + 8 * 3_600_000).toISOString().slice(0, 16);
      return `發布時間：${formatTime(publishedAt, 'YYYY年MM月DD日 hh:mm')}　更新時間：${updated.slice(0, 4)}年${updated.slice(5, 7)}月${updated.slice(8, 10)}日 ${updated.slice(11, 16)}　${from}`;
    }
    default:
      return `${formatTime(publishedAt, 'YYYY-MM-DD hh:mm')} ${from}`;
  }
}

function articlePage(article: CatalogArticle, ctx: RenderContext, articles: CatalogArticle[]): string {
  const rng = prngFor(ctx.seed, `big5:${article.path}`);
  const meta = { meta: '<meta http-equiv="Content-Type" content="text/html; charset=big5">', 'header+meta': '<meta charset="big5">' }[article.declaration as string] ?? '';
  const related = rng.sample(articles.filter((other) => other.path !== article.path), 3);
  return `${head(`${article.page.title} | ${NAME}`, meta)}
<link rel="canonical" href="${ctx.origins.big5}${article.path}">
</head>
<body>
${top()}
<div class="breadcrumb"><a href="/list.php?page=1">首頁</a> &gt; <a href="/list.php?page=1">社會</a></div>
<div class="story">
<h1>${escapeHtml(article.page.title)}</h1>
<div class="byline">${dateLine(article)}</div>
<div class="story-body">
${article.page.paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n')}
</div>
<div class="share">分享：<a href="javascript:;">Facebook</a> <a href="javascript:;">LINE</a> <a href="javascript:;">X</a>　瀏覽人次：${rng.int(300, 40000)}</div>
<div class="more"><h3>延伸閱讀</h3><ul>
${related.map((other) => `<li><a href="${other.path}">${escapeHtml(other.page.title)}</a></li>`).join('\n')}
</ul></div>
</div>
${footer()}
</body></html>`;
}

function listPage(page: number, pages: CatalogArticle[][]): string {
  const items = pages[page - 1]
    .map((article, index) => `<li><a href="${article.path}${index % 2 === 1 ? BIG5_TRACKING : ''}">${escapeHtml(article.page.title)}</a> <span>${formatTime(article.page.publishedAt, 'MM/DD hh:mm')}</span></li>`)
    .join('\n');
  const pager = pages.map((_, index) => (index + 1 === page ? `<b>${index + 1}</b>` : `<a href="/list.php?page=${index + 1}">${index + 1}</a>`)).join(' ');
  return `${head(`社會新聞 | ${NAME}`, '')}
</head>
<body>
${top()}
<div class="list"><h2>社會新聞</h2><ul>
${items}
</ul><div class="pager">${pager}</div></div>
${footer()}
</body></html>`;
}

/** Every route of the Big5 site; list pages are keyed `/list.php?page=N`. */
export function renderBig5Site(ctx: RenderContext): SiteRoutes {
  const routes: SiteRoutes = new Map();
  const articles = ctx.catalog.articles.filter((article) => article.site === 'big5').sort((a, b) => b.page.publishedAt.localeCompare(a.page.publishedAt));
  for (const article of articles) routes.set(article.path, htmlRoute(articlePage(article, ctx, articles), 'big5', article.declaration));
  const pages: CatalogArticle[][] = [];
  for (let i = 0; i < articles.length; i += BIG5_PAGE_SIZE) pages.push(articles.slice(i, i + BIG5_PAGE_SIZE));
  // List pages declare Big5 only in the HTTP header.
  pages.forEach((_, index) => routes.set(`/list.php?page=${index + 1}`, htmlRoute(listPage(index + 1, pages), 'big5', 'header')));
  routes.set('/robots.txt', textRoute('User-agent: *\nDisallow:\n', 'text/plain'));
  return routes;
}

export function big5NotFound(): Route {
  return htmlRoute(`${head(`找不到網頁 | ${NAME}`, '<meta charset="big5">')}</head><body>${top()}<h2>找不到您要的網頁</h2>${footer()}</body></html>`, 'big5', 'header+meta', 404);
}
