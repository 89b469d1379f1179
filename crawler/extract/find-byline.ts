import { jsonLdValue, metaValue, type PageMeta } from './page-meta.ts';
import type { TextBlock } from './text-blocks.ts';

export interface Byline {
  source: string | null;
  author: string | null;
}

/** What may stand after 来源： — a publisher name, cut at the next label, date or separator. */
const SOURCE = /(?:来源|來源|稿源|出处|出處|转自|轉自|来自|來自)\s*[:：]\s*[【\[(（]?\s*([^\s|｜:：【】\[\]()（），,。]{2,30}(?:\s(?![\d]|作者|编辑|編輯|记者|記者|时间|時間|发布|發佈|發布|责任|責任|点击|點擊|浏览|瀏覽|字号|字號|阅读|閱讀|更新)[^\s|｜:：【】\[\]()（），,。]{1,20})?)/;
const AUTHOR_LABELLED = /(?:作者|撰稿|撰文|文\s*\/|文\s*[:：]|记者|記者|通讯员|责任编辑|責任編輯|编辑|編輯|责编)(?:\s*[:：/]\s*|\s+)((?:[\u4e00-\u9fa5·]{2,4}|[A-Za-z][A-Za-z .]{1,30})(?:[ 、，,和]+[\u4e00-\u9fa5·]{2,4})*)/;
const REPORTER_IN_DATELINE = /[（(]\s*(?:本报|本台|本网)?记者\s*[:：]?\s*([\u4e00-\u9fa5·]{2,4}(?:[\s、，,][\u4e00-\u9fa5·]{2,4})*)/;
const NOT_A_NAME = /评论|評論|打印|分享|字号|字號|点击|點擊|浏览|瀏覽|阅读|閱讀|收藏|关闭|關閉|来源|來源|时间|時間|发布|發佈|编辑|編輯|责任|責任|通讯员|摄影|實習|实习|我要|网友|網友|^[大中小]$/;
const NAME_STOP = /(报道|摄影|摄|发自|电|讯|通讯员|实习生|编辑|来源|时间|发布|$)/;

/**
 * Source (来源) and author (作者/记者/编辑) from the header lines around the headline and the body's first and last
 * lines, then meta tags. A label inside a long paragraph is usually quoting someone else, so only short lines or the
 * opening dateline are read.
 */
export function findByline(pageMeta: PageMeta, blocks: TextBlock[], headerIndexes: number[], bodyEdgeIndexes: number[]): Byline {
  let source: string | null = null;
  let author: string | null = null;
  let authorRank = 99;
  const seen = new Set<number>();
  for (const i of [...headerIndexes, ...bodyEdgeIndexes]) {
    if (seen.has(i) || i < 0 || i >= blocks.length) continue;
    seen.add(i);
    const block = blocks[i];
    const text = block.text;
    const short = block.chars <= 120;
    if (!source && short) {
      const m = SOURCE.exec(text);
      if (m) source = cleanSource(m[1]);
    }
    const dateline = REPORTER_IN_DATELINE.exec(text.slice(0, 60));
    if (dateline && authorRank > 1) {
      author = cleanName(dateline[1]);
      authorRank = 1;
    }
    if (short) {
      const m = AUTHOR_LABELLED.exec(text);
      if (m) {
        const rank = /编辑|责编/.test(m[0].slice(0, 5)) ? 3 : 0;
        if (rank < authorRank) {
          const name = cleanName(m[1]);
          if (name) {
            author = name;
            authorRank = rank;
          }
        }
      }
    }
  }
  // Not JSON-LD `publisher` nor og:site_name: they name the site that shows the page, not where the article came from.
  source ??= metaValue(pageMeta, ['source', 'article:source', 'og:article:source', 'mediaid']);
  author ??= metaValue(pageMeta, ['author', 'article:author', 'dc.creator', 'byline']) ?? jsonLdValue(pageMeta, 'author');
  return { source: source ? source.trim() || null : null, author: author ? author.trim() || null : null };
}

/** "湖北日报2024-05-10", "新华网 作者：…": the publisher name only. Publisher names may contain 讯/电 (晨讯网), so no name stops. */
function cleanSource(raw: string): string | null {
  const name = raw.replace(/\s*(?:19|20)\d{2}[-/.年].*$/, '').replace(/(作者|编辑|編輯|记者|記者|时间|時間|发布|發布|责任|責任).*$/, '').trim();
  return name.length >= 2 && !NOT_A_NAME.test(name) ? name : null;
}

function cleanName(raw: string): string | null {
  let name = raw.trim();
  const stop = NAME_STOP.exec(name);
  if (stop && stop.index > 0) name = name.slice(0, stop.index);
  // A trailing date glued to the source: "湖北日报2024-05-10".
  name = name.replace(/\s*(?:19|20)\d{2}[-/.年].*$/, '').replace(/[\s、，,]+$/, '').trim();
  // Several names may follow one label ("记者 张建 周长庆"); page controls after them are not names.
  const parts = name.split(/([\s、，,和]+)/);
  let kept = parts[0];
  for (let i = 2; i < parts.length; i += 2) {
    if (NOT_A_NAME.test(parts[i])) break;
    kept += parts[i - 1] + parts[i];
  }
  return kept.length >= 2 && !NOT_A_NAME.test(kept) ? kept : null;
}
