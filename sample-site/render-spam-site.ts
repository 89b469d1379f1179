import type { CatalogArticle } from './build-catalog.ts';
import { SITE_NAMES, SPAM_BRAND } from './build-catalog.ts';
import { prngFor } from './create-prng.ts';
import { declaresInMeta, escapeHtml, formatTime, htmlRoute, type RenderContext, type Route, type SiteRoutes } from './route.ts';

const NAME = SITE_NAMES.spam;
const NOTICE = '<!-- fanzha sample site: fictional spam site generated for tests -->';

function chrome(): string {
  return `${NOTICE}
<div class="topbar">${SPAM_BRAND}官方网站 | 百家乐 | 真人视讯 | 体育投注 | 电子游艺 | <b>新会员注册送88元彩金</b> | <b>首存即送100%</b> | 7×24小时在线客服</div>
<div class="banner"><marquee>${SPAM_BRAND}——亚洲信誉第一品牌，提款秒到账！${SPAM_BRAND}邀您共赢！</marquee></div>
<div class="nav"><a href="/">首页</a> <a href="/">资讯</a> <a href="/">优惠活动</a> <a href="/">手机投注</a> <a href="/">代理加盟</a></div>`;
}

function tail(): string {
  return `<div class="float-ad">${SPAM_BRAND} 注册即送 88 元　<a href="/">立即注册</a></div>
<div class="footer">${NAME}　本站资讯来源于网络，如有侵权请联系删除　合作QQ：800088888</div>
<div class="links">友情链接：<a href="/">${SPAM_BRAND}</a> <a href="/">${SPAM_BRAND}APP下载</a> <a href="/">${SPAM_BRAND}开户</a></div>`;
}

function articlePage(article: CatalogArticle, ctx: RenderContext, articles: CatalogArticle[]): string {
  const rng = prngFor(ctx.seed, `spam:${article.path}`);
  return `<!DOCTYPE html>
<html><head>${declaresInMeta(article.declaration) ? '<meta charset="utf-8">' : ''}<title>${escapeHtml(article.page.title)}-${NAME}</title>
<meta name="keywords" content="${SPAM_BRAND},${SPAM_BRAND}官网,${SPAM_BRAND}注册,反诈,诈骗,刷单,百家乐">
</head><body>
${chrome()}
<div class="content">
<h1>${escapeHtml(article.page.title)}</h1>
<div class="info">${formatTime(article.page.publishedAt, 'YYYY-MM-DD hh:mm')}　来源：${escapeHtml(article.page.source ?? '')}　作者：admin　阅读：${rng.int(3000, 99000)}</div>
<div class="text">
${article.page.paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n')}
</div>
<div class="tags">标签：<a href="/">${SPAM_BRAND}</a> <a href="/">诈骗</a> <a href="/">反诈</a></div>
<div class="hot"><h3>热门资讯</h3><ul>${articles.map((other) => `<li><a href="${other.path}">${escapeHtml(other.page.title)}</a></li>`).join('')}</ul></div>
</div>
${tail()}
</body></html>`;
}

/** Every route of the spam site. It has no robots.txt (a 404 there means: everything allowed). */
export function renderSpamSite(ctx: RenderContext): SiteRoutes {
  const routes: SiteRoutes = new Map();
  const articles = ctx.catalog.articles.filter((article) => article.site === 'spam');
  for (const article of articles) routes.set(article.path, htmlRoute(articlePage(article, ctx, articles), 'utf-8', article.declaration));
  routes.set('/', htmlRoute(`<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${NAME}-${SPAM_BRAND}最新资讯</title></head><body>
${chrome()}
<div class="list"><h2>最新资讯</h2><ul>
${articles.map((article) => `<li><a href="${article.path}">${escapeHtml(article.page.title)}</a><span>${formatTime(article.page.publishedAt, 'YYYY-MM-DD')}</span></li>`).join('\n')}
</ul></div>
${tail()}
</body></html>`, 'utf-8', 'header+meta'));
  return routes;
}

export function spamNotFound(): Route {
  return htmlRoute(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>404</title></head><body>${chrome()}<h2>页面不存在</h2>${tail()}</body></html>`, 'utf-8', 'header+meta', 404);
}
