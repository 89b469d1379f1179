import type { CatalogArticle } from './build-catalog.ts';
import { SITE_NAMES } from './build-catalog.ts';
import { prngFor, type Prng } from './create-prng.ts';
import { escapeHtml, formatTime, htmlRoute, redirectRoute, textRoute, type RenderContext, type Route, type SiteRoutes } from './route.ts';

/** Articles per channel list page (/list/news_1.html, …). */
export const PORTAL_PAGE_SIZE = 7;
const NAME = SITE_NAMES.portal;
const NOTICE = '<!-- fanzha sample site: fictional content generated for tests; not a real news website -->';

const COMMENTS = [
  '骗子太可恶了，一定要严惩！',
  '转发给家里老人看看，天上不会掉馅饼。',
  '又是刷单，怎么还有人信啊',
  '给民警点赞！',
  '我前几天也接到过类似电话，直接挂了。',
  '国家反诈中心App大家都装一下吧',
  '涉案金额这么大，希望能追回来',
  '这种诈骗电话一天能接好几个',
];
const USERS = ['江城网友', '湖北武汉网友', '广东深圳网友', '晨讯网友3k9', '浙江杭州网友', '匿名用户'];

function header(): string {
  return `${NOTICE}
<header class="site-header"><a class="logo" href="/">${NAME}</a>
<nav><a href="/">首页</a><a href="/list/news_1.html">社会</a><a href="/list/news_1.html">法治</a><a href="/list/news_1.html">财经</a><a href="/list/news_1.html">体育</a><a href="/rss.xml">RSS订阅</a></nav>
<form class="search" action="/search"><input name="q" placeholder="搜索新闻"><button>搜索</button></form></header>`;
}

function footer(): string {
  return `<footer><p><a href="/">关于我们</a> | <a href="/">广告服务</a> | <a href="/">违法和不良信息举报</a></p>
<p>晨讯网 版权所有　互联网新闻信息服务许可证编号：42120240001　鄂ICP备20240101号</p>
<p>举报电话：027-87654321　举报邮箱：jubao@chenxun.example</p></footer>`;
}

function metaFor(article: CatalogArticle, url: string): string {
  const { title, publishedAt, source } = article.page;
  switch (article.variant % 3) {
    case 0:
      return `<meta property="og:type" content="article">
<meta property="og:title" content="${escapeHtml(title)}">
<meta property="og:url" content="${url}">
<meta property="article:published_time" content="${publishedAt}">`;
    case 1: {
      const ld = {
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: title,
        datePublished: publishedAt,
        // The author is the article's source; an article without one names none (the publisher is the site).
        ...(source ? { author: { '@type': 'Organization', name: source } } : {}),
        publisher: { '@type': 'Organization', name: NAME },
        mainEntityOfPage: url,
      };
      return `<script type="application/ld+json">${JSON.stringify(ld)}</script>`;
    }
    default:
      return `<meta name="description" content="${escapeHtml(article.page.paragraphs[0].slice(0, 60))}">`;
  }
}

function timeLine(article: CatalogArticle): string {
  const { publishedAt, source } = article.page;
  const from = source ? `来源：${escapeHtml(source)}` : '';
  switch (article.variant % 3) {
    case 0:
      return `<span class="time">${formatTime(publishedAt, 'YYYY-MM-DD hh:mm')}</span> <span class="source">${from}</span>`;
    case 1:
      return `<span class="source">${from}</span> | <span class="time">${formatTime(publishedAt, 'YYYY年MM月DD日 hh:mm')}</span>`;
    default:
      return `<span class="time">${formatTime(publishedAt, 'YYYY-MM-DD hh:mm')}:00</span>${from ? `　<span class="source">${from}</span>` : ''}`;
  }
}

function comments(rng: Prng): string {
  const picked = rng.sample(COMMENTS, rng.int(2, 4));
  return picked
    .map((text) => `<li><span class="user">${rng.pick(USERS)}</span><span class="ctime">${rng.int(1, 23)}小时前</span><p>${escapeHtml(text)}</p><span class="like">赞(${rng.int(0, 300)})</span></li>`)
    .join('\n');
}

/** Paragraphs, with an inline advert after the second one on every other page (the extractor must drop it). */
function contentMarkup(article: CatalogArticle): string {
  const paragraphs = article.page.paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`);
  if (article.variant % 2 === 0 && paragraphs.length > 2) {
    paragraphs.splice(2, 0, '<div class="inline-ad"><a href="/">【推广】新人开户享专属理财金，七日年化最高4.8%</a></div>');
  }
  return paragraphs.join('\n');
}

function articlePage(article: CatalogArticle, ctx: RenderContext, articles: CatalogArticle[], extraRelated: string[]): string {
  const rng = prngFor(ctx.seed, `portal:${article.path}`);
  const url = `${ctx.origins.portal}${article.path}`;
  const related = rng.sample(articles.filter((other) => other.path !== article.path), 4);
  const original = article.original ? `<p class="original">原文链接：<a href="${ctx.origins[article.original.site]}${article.original.path}">${ctx.origins[article.original.site]}${article.original.path}</a></p>` : '';
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(article.page.title)} - ${NAME}</title>
<link rel="canonical" href="${url}">
${metaFor(article, url)}
<link rel="alternate" type="application/rss+xml" title="${NAME}" href="/rss.xml">
</head>
<body>
${header()}
<div class="crumbs"><a href="/">首页</a> &gt; <a href="/list/news_1.html">社会</a> &gt; 正文</div>
<main>
<article>
<h1>${escapeHtml(article.page.title)}</h1>
<div class="meta">${timeLine(article)}</div>
<div class="article-content">
${contentMarkup(article)}
</div>
${original}
<p class="editor">责任编辑：${rng.pick(['张宁', '李思远', '何晓', '赵一帆'])}</p>
</article>
<div class="share-bar">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a> <a href="javascript:;">QQ</a> <span class="views">阅读 ${rng.int(1000, 99999)}</span></div>
<section class="related"><h2>相关新闻</h2><ul>
${related.map((other) => `<li><a href="${other.path}">${escapeHtml(other.page.title)}</a></li>`).join('\n')}
${extraRelated.join('\n')}
</ul></section>
<section class="comments"><h2>网友评论（${rng.int(5, 180)}）</h2><ul>
${comments(rng)}
</ul><a href="/comment/list.html">查看更多评论</a></section>
</main>
<aside><h3>24小时热点</h3><ol>${rng.sample(articles, 5).map((other) => `<li><a href="${other.path}">${escapeHtml(other.page.title)}</a></li>`).join('')}</ol>
<div class="ad">广告</div></aside>
${footer()}
</body></html>`;
}

function listItem(article: CatalogArticle): string {
  return `<li><a href="${article.path}">${escapeHtml(article.page.title)}</a><span>${formatTime(article.page.publishedAt, 'MM-DD hh:mm')}</span></li>`;
}

function listPage(title: string, items: CatalogArticle[], pager: string): string {
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${title} - ${NAME}</title></head>
<body>
${header()}
<main><h2>${title}</h2><ul class="news-list">
${items.map(listItem).join('\n')}
</ul>${pager}</main>
${footer()}
</body></html>`;
}

function rfc822(iso: string): string {
  return new Date(Date.parse(iso)).toUTCString().replace('GMT', '+0000');
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Every route of the UTF-8 portal. */
export function renderPortalSite(ctx: RenderContext): SiteRoutes {
  const routes: SiteRoutes = new Map();
  const origin = ctx.origins.portal;
  const articles = ctx.catalog.articles.filter((article) => article.site === 'portal').sort((a, b) => b.page.publishedAt.localeCompare(a.page.publishedAt));
  const traps = ctx.catalog.traps;
  const redirects = traps.redirects.filter((r) => r.site === 'portal');
  const notFound = traps.notFound.filter((n) => n.site === 'portal');

  articles.forEach((article, index) => {
    // A couple of articles carry the trap links in their related block.
    const extra = [
      ...(index === 1 ? redirects.map((r) => `<li><a href="${r.from}">${escapeHtml(articles.find((a) => a.path === r.to)!.page.title)}</a></li>`) : []),
      ...(index === 2 ? notFound.map((n) => `<li><a href="${n.path}">网警提醒：这些“低价机票”都是陷阱</a></li>`) : []),
    ];
    routes.set(article.path, htmlRoute(articlePage(article, ctx, articles, extra), 'utf-8', article.declaration));
  });

  const pages: CatalogArticle[][] = [];
  for (let i = 0; i < articles.length; i += PORTAL_PAGE_SIZE) pages.push(articles.slice(i, i + PORTAL_PAGE_SIZE));
  pages.forEach((items, index) => {
    const pager = `<div class="pager">${pages.map((_, n) => (n === index ? `<b>${n + 1}</b>` : `<a href="/list/news_${n + 1}.html">${n + 1}</a>`)).join(' ')}</div>`;
    routes.set(`/list/news_${index + 1}.html`, htmlRoute(listPage('社会法治', items, pager), 'utf-8', 'header+meta'));
  });
  routes.set('/', htmlRoute(listPage('要闻', articles.slice(0, 6), '<p><a href="/list/news_1.html">更多新闻&gt;&gt;</a></p>'), 'utf-8', 'header+meta'));

  for (const r of redirects) routes.set(r.from, redirectRoute(r.to, r.status));

  const rssItems = articles
    .map((article) => `<item><title>${xmlEscape(article.page.title)}</title><link>${origin}${article.path}</link><guid isPermaLink="true">${origin}${article.path}</guid><pubDate>${rfc822(article.page.publishedAt)}</pubDate><description>${xmlEscape(article.page.paragraphs[0].slice(0, 80))}</description></item>`)
    .join('\n');
  routes.set('/rss.xml', textRoute(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${NAME}</title><link>${origin}/</link><description>${NAME}最新新闻</description><language>zh-cn</language>
${rssItems}
</channel></rss>
`, 'application/rss+xml; charset=utf-8'));

  const locs = [
    `<url><loc>${origin}/</loc><changefreq>hourly</changefreq></url>`,
    ...pages.map((_, index) => `<url><loc>${origin}/list/news_${index + 1}.html</loc><changefreq>hourly</changefreq></url>`),
    ...articles.map((article) => `<url><loc>${origin}${article.path}</loc><lastmod>${article.page.publishedAt}</lastmod></url>`),
  ];
  routes.set('/sitemap.xml', textRoute(`<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${locs.join('\n')}
</urlset>
`, 'application/xml; charset=utf-8'));
  routes.set('/robots.txt', textRoute(`User-agent: *\nDisallow: /admin/\nDisallow: /comment/\n\nSitemap: ${origin}/sitemap.xml\n`, 'text/plain; charset=utf-8'));
  return routes;
}

export function portalNotFound(): Route {
  return htmlRoute(`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>404 - ${NAME}</title></head><body>${header()}<main><h2>抱歉，您访问的页面不存在</h2></main>${footer()}</body></html>`, 'utf-8', 'header+meta', 404);
}
