import type { CatalogArticle } from './build-catalog.ts';
import { SITE_NAMES } from './build-catalog.ts';
import { prngFor } from './create-prng.ts';
import { declaresInMeta, escapeHtml, formatTime, htmlRoute, redirectRoute, textRoute, type RenderContext, type SiteRoutes } from './route.ts';

/** Articles per list page (index.html, index_1.html, …). */
export const POLICE_PAGE_SIZE = 7;
const NAME = SITE_NAMES.police;
const NOTICE = '<!-- fanzha sample site: fictional content generated for tests; not a real police website -->';

function head(title: string, metaCharset: boolean): string {
  return [
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
    '<html xmlns="http://www.w3.org/1999/xhtml">',
    '<head>',
    metaCharset ? '<meta http-equiv="Content-Type" content="text/html; charset=gbk" />' : '',
    `<title>${escapeHtml(title)}</title>`,
    '<meta name="keywords" content="江城公安,警务动态,反诈,平安江城" />',
    '<link href="/css/main.css" rel="stylesheet" type="text/css" />',
    '<script type="text/javascript" src="/js/jquery.min.js"></script>',
    '</head>',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

function top(): string {
  return `${NOTICE}
<div class="top"><div class="logo"><a href="/index.html"><img src="/images/logo.png" alt="${NAME}" /></a></div>
<div class="topright"><a href="/index.html">设为首页</a> | <a href="/index.html">加入收藏</a> | <a href="/search/index.html">站内搜索</a></div></div>
<div class="nav"><ul>
<li><a href="/index.html">首页</a></li><li><a href="/index.html">警务动态</a></li><li><a href="/index.html">反诈专栏</a></li>
<li><a href="/index.html">通知公告</a></li><li><a href="/index.html">办事指南</a></li><li><a href="/index.html">警民互动</a></li>
</ul></div>`;
}

function footer(counter: number): string {
  return `<div class="footer">
<p><a href="/index.html">网站地图</a> | <a href="/index.html">联系我们</a> | <a href="/index.html">隐私声明</a></p>
<p>主办：${NAME}　承办：${NAME}政治部　地址：湖北省江城市楚源区楚源大道188号　邮编：443000</p>
<p>值班电话：0717-6221110　反诈咨询：96110　鄂ICP备12045678号-1　鄂公网安备 42050202000123号　网站标识码：4205000012</p>
<p>版权所有 ${NAME}　建议使用1280×768分辨率浏览　您是本站第${counter}位访客</p>
</div>`;
}

/** The four 发布时间/来源 lines the site's templates use, chosen by the article's position. */
function dateLine(article: CatalogArticle, views: number): string {
  const { publishedAt, source } = article.page;
  const from = source ?? NAME;
  switch (article.variant % 4) {
    case 0:
      return `发布时间：${formatTime(publishedAt, 'YYYY-MM-DD hh:mm')}　来源：${from}　浏览次数：${views}`;
    case 1:
      return `${formatTime(publishedAt, 'YYYY年M月D日 hh:mm')}　来源：${from}　【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】`;
    case 2:
      return `时间：${formatTime(publishedAt, 'YYYY/MM/DD hh:mm')}　作者：宣传处　来源：${from}　点击：${views}`;
    default:
      return `来源：${from} ${formatTime(publishedAt, 'YYYY-MM-DD hh:mm')}　阅读：${views}次`;
  }
}

/** The body as the site's three editors' templates write it: indented <p>, TRS-style spans with &nbsp;, or <br>-separated text. */
function bodyMarkup(article: CatalogArticle): string {
  const texts = article.page.paragraphs.map(escapeHtml);
  switch (article.variant % 3) {
    case 0:
      return texts.map((text) => `<p style="text-indent:2em;">${text}</p>`).join('\n');
    case 1:
      return texts.map((text) => `<p>&nbsp;&nbsp;&nbsp;&nbsp;<span style="font-family: 仿宋_GB2312; font-size: 16pt;">${text}</span></p>`).join('\n');
    default:
      return `<div class="content-text">${texts.map((text) => `&nbsp;&nbsp;&nbsp;&nbsp;${text}`).join('<br />\n<br />\n')}</div>`;
  }
}

function shortTitle(title: string): string {
  return [...title].length > 22 ? `${[...title].slice(0, 21).join('')}...` : title;
}

function listPageName(page: number): string {
  return page === 0 ? 'index.html' : `index_${page}.html`;
}

function articlePage(article: CatalogArticle, ctx: RenderContext, listed: CatalogArticle[], redirectFrom: Map<string, string>): string {
  const rng = prngFor(ctx.seed, `police:${article.path}`);
  const title = article.page.title;
  const others = listed.filter((other) => other.path !== article.path);
  const related = rng.sample(others, 4);
  const position = listed.findIndex((other) => other.path === article.path);
  const prev = position > 0 ? listed[position - 1] : undefined;
  const next = position >= 0 && position < listed.length - 1 ? listed[position + 1] : undefined;
  const link = (target: CatalogArticle): string => `<a href="${redirectFrom.get(target.path) ?? target.path}" title="${escapeHtml(target.page.title)}">${escapeHtml(target.page.title)}</a>`;
  const paragraphs = bodyMarkup(article);
  return `${head(`${title}_${NAME}`, declaresInMeta(article.declaration))}
<body>
${top()}
<div class="position">您当前的位置：<a href="/index.html">首页</a> &gt; <a href="/index.html">警务动态</a> &gt; 正文</div>
<div class="main"><div class="article">
<h1>${escapeHtml(title)}</h1>
<div class="info">${dateLine(article, rng.int(120, 9800))}</div>
<div class="TRS_Editor" id="zoom">
${paragraphs}
</div>
<div class="editor">（责任编辑：${rng.pick(['王敏', '刘洋', '陈静', '周涛'])}）</div>
<div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">新浪微博</a> <a href="javascript:;">QQ空间</a>　【<a href="javascript:window.print();">打印本页</a>】【<a href="javascript:window.close();">关闭窗口</a>】</div>
<div class="prevnext"><p>上一篇：${prev ? link(prev) : '没有了'}</p><p>下一篇：${next ? link(next) : '没有了'}</p></div>
<div class="related"><h3>相关链接</h3><ul>
${related.map((other) => `<li>${link(other)}</li>`).join('\n')}
</ul></div>
</div></div>
${footer(rng.int(1_000_000, 9_999_999))}
</body></html>`;
}

function listPage(page: number, pages: CatalogArticle[][], ctx: RenderContext, extras: string): string {
  const rng = prngFor(ctx.seed, `police:list:${page}`);
  const items = pages[page]
    .map((article) => `<li><span class="date">${formatTime(article.page.publishedAt, 'YYYY-MM-DD')}</span><a href="${article.path}" target="_blank" title="${escapeHtml(article.page.title)}">${escapeHtml(shortTitle(article.page.title))}</a></li>`)
    .join('\n');
  const total = pages.reduce((sum, list) => sum + list.length, 0);
  const numbers = pages.map((_, index) => (index === page ? `<span class="current">${index + 1}</span>` : `<a href="/${listPageName(index)}">${index + 1}</a>`)).join(' ');
  const prevLink = page > 0 ? `<a href="/${listPageName(page - 1)}">上一页</a>` : '上一页';
  const nextLink = page < pages.length - 1 ? `<a href="/${listPageName(page + 1)}">下一页</a>` : '下一页';
  return `${head(`警务动态_${NAME}`, page % 2 === 1)}
<body>
${top()}
<div class="position">您当前的位置：<a href="/index.html">首页</a> &gt; 警务动态</div>
<div class="main"><div class="left"><h2>警务动态</h2><ul class="list">
${items}
</ul>
<div class="page">共${total}条　${page + 1}/${pages.length}页　<a href="/index.html">首页</a> ${prevLink} ${numbers} ${nextLink} <a href="/${listPageName(pages.length - 1)}">尾页</a></div>
</div>
<div class="right">${extras}
<div class="box"><h3>便民服务</h3><ul><li>户政业务咨询：0717-6221234</li><li>出入境业务咨询：0717-6225678</li><li>今日访问量：${rng.int(800, 5000)}</li></ul></div>
</div></div>
${footer(rng.int(1_000_000, 9_999_999))}
</body></html>`;
}

/** Every route of the GBK police site. */
export function renderPoliceSite(ctx: RenderContext): SiteRoutes {
  const routes: SiteRoutes = new Map();
  const all = ctx.catalog.articles.filter((article) => article.site === 'police');
  const listed = all.filter((article) => article.listed).sort((a, b) => b.page.publishedAt.localeCompare(a.page.publishedAt));
  const traps = ctx.catalog.traps;
  const redirects = traps.redirects.filter((r) => r.site === 'police');
  const redirectFrom = new Map(redirects.map((r) => [r.to, r.from]));
  const slow = new Set(traps.slow.filter((s) => s.site === 'police').map((s) => s.path));

  all.forEach((article) => {
    // Even pages declare GBK only in the HTTP header, odd pages only in a <meta http-equiv>.
    const route = htmlRoute(articlePage(article, ctx, listed, redirectFrom), 'gbk', article.declaration);
    routes.set(article.path, { ...route, slow: slow.has(article.path) });
  });

  const pages: CatalogArticle[][] = [];
  for (let i = 0; i < listed.length; i += POLICE_PAGE_SIZE) pages.push(listed.slice(i, i + POLICE_PAGE_SIZE));
  const internal = all.filter((article) => !article.listed && article.path.startsWith('/internal/'));
  const notFound = traps.notFound.filter((n) => n.site === 'police');
  const extrasFor = (page: number): string => {
    if (page === 0) {
      return `<div class="box"><h3>通知公告</h3><ul>
${internal.map((article) => `<li><a href="${article.path}">${escapeHtml(article.page.title)}</a></li>`).join('\n')}
${redirects.map((r) => `<li><a href="${r.from}">${escapeHtml(all.find((a) => a.path === r.to)!.page.title)}</a></li>`).join('\n')}
</ul></div>`;
    }
    if (page === 1) {
      return `<div class="box"><h3>往期回顾</h3><ul>
${notFound.map((n) => `<li><a href="${n.path}">江城警方通报2023年“净网”专项行动战果</a></li>`).join('\n')}
</ul></div>`;
    }
    return '';
  };
  pages.forEach((_, page) => routes.set(`/${listPageName(page)}`, htmlRoute(listPage(page, pages, ctx, extrasFor(page)), 'gbk', page % 2 === 0 ? 'header' : 'meta')));
  routes.set('/', redirectRoute('/index.html', 302));
  for (const r of redirects) routes.set(r.from, redirectRoute(`${ctx.origins.police}${r.to}`, r.status));
  routes.set('/robots.txt', textRoute('User-agent: *\nDisallow: /internal/\nDisallow: /search/\n', 'text/plain; charset=utf-8'));
  return routes;
}

/** The GBK 404 page every unknown police path gets. */
export function policeNotFound(): ReturnType<typeof htmlRoute> {
  return htmlRoute(`${head(`页面不存在_${NAME}`, true)}\n<body>${top()}<div class="error"><h2>404 您访问的页面不存在或已删除</h2><p><a href="/index.html">返回首页</a></p></div></body></html>`, 'gbk', 'header+meta', 404);
}
