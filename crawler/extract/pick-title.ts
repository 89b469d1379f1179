import { metaValue, jsonLdValue, type PageMeta } from './page-meta.ts';
import { collapse } from './text-blocks.ts';

/** Separators between an article title and the channel/site names in <title>: `标题_财经_环球网`, `标题 - 新浪新闻`. */
const SITE_SEPARATORS = /\s*(?:_|\||｜|－|::|—{1,2})\s*|\s+[-–]{1,2}\s+/;

/**
 * Chooses the headline. A heading or meta title that also appears inside <title> is the headline as the site itself
 * names the article (the <title> adds only channel and site names); otherwise <title> with the suffix cut.
 */
export function pickTitle(pageMeta: PageMeta, headings: string[]): string | null {
  const titleTag = pageMeta.titleTag ? collapse(pageMeta.titleTag) : null;
  const metaTitles = [
    metaValue(pageMeta, ['og:title']),
    metaValue(pageMeta, ['title', 'twitter:title', 'headline', 'dc.title']),
    jsonLdValue(pageMeta, 'headline'),
  ].filter((v): v is string => !!v).map(collapse);

  // A meta title that repeats the whole <title> carries the same site suffix.
  const stripped = titleTag ? stripSiteSuffix(titleTag) : null;
  const candidates = [...headings.map(collapse), ...metaTitles]
    .map((c) => (titleTag && stripped && squash(c) === squash(titleTag) ? stripped : c))
    .filter((c) => c.length >= 4 && c.length <= 120);

  if (titleTag) {
    const tagKey = squash(titleTag);
    // The longest candidate that <title> contains, preferring one the title starts with.
    const inTitle = candidates
      .filter((c) => tagKey.includes(squash(c)))
      .sort((a, b) => Number(tagKey.startsWith(squash(b))) - Number(tagKey.startsWith(squash(a))) || squash(b).length - squash(a).length);
    if (inTitle.length > 0) {
      const best = inTitle[0];
      // A heading that is only the site or channel name ("新闻中心") also appears in <title>; require a real share of it.
      if (squash(best).length >= Math.min(8, squash(stripped!).length)) return best;
    }
    // A heading that contains the cut <title> (the <title> was shortened by the CMS).
    const containing = candidates.find((c) => squash(c).includes(squash(stripped!)) && stripped!.length >= 6);
    if (containing) return containing;
    if (stripped!.length >= 4) return stripped;
  }
  return metaTitles[0] ?? headings.map(collapse).find((h) => h.length >= 4) ?? titleTag;
}

/** `韩国女主播…_中国_环球网` → `韩国女主播…`: the first part when it is long enough to be a headline, else the longest. */
export function stripSiteSuffix(title: string): string {
  const parts = title.split(SITE_SEPARATORS).map((p) => p.trim()).filter(Boolean);
  if (parts.length <= 1) return stripHyphenSuffix(title.trim());
  if (squash(parts[0]).length >= 6) return parts[0];
  return parts.reduce((a, b) => (squash(b).length > squash(a).length ? b : a));
}

/**
 * `标题-频道-网站` with bare hyphens: cut trailing parts that look like channel/site names (short, no spaces, Chinese),
 * keeping hyphens inside words such as "COVID-19" or "2024-05".
 */
function stripHyphenSuffix(title: string): string {
  let current = title;
  for (;;) {
    const m = /^(.*\S)\s*[-–]\s*([^-–\s]{2,12})$/.exec(current);
    if (!m || !/[\u4e00-\u9fa5]/.test(m[2]) || squash(m[1]).length < 6 || /^\d/.test(m[2])) return current;
    current = m[1];
  }
}

/** Comparison key: no whitespace or punctuation, full-width letters folded. */
function squash(text: string): string {
  return text.replace(/[\s\u3000"'“”‘’「」《》:：,，.。!！?？\-—_|｜·]/g, '').toLowerCase();
}
