import type { Signal } from './signal.ts';

/** Navigation, sharing and copyright lines that extraction left in the body. */
const CHROME_LINE = /(首页|上一篇|下一篇|返回顶部|版权所有|copyright|©|icp备|公网安备|关于我们|联系我们|网站地图|责任编辑|编辑[:：]|分享到|扫一扫|扫码关注|点击排行|热门推荐|相关阅读|相关新闻|免责声明|打印本页|关闭窗口|【字体|字号[:：]|浏览次数|阅读次数|人气[:：]|当前位置|登录|注册)/i;

/** Share of the text (by characters) that is page chrome rather than article. */
export function chromeRatio(text: string): number {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  let chrome = 0;
  let total = 0;
  for (const line of lines) {
    total += line.length;
    const short = line.length <= 30 && !/[。！？]$/.test(line);
    if (short && CHROME_LINE.test(line)) chrome += line.length;
    else if (/^[^。，！？]{0,12}(\s*[|｜>›»]\s*[^。，！？]{0,12}){2,}$/.test(line)) chrome += line.length; // 首页 > 新闻 > 警务
  }
  return total === 0 ? 0 : chrome / total;
}

export function pageChromeSignal(text: string): Signal | null {
  const ratio = chromeRatio(text);
  if (ratio < 0.15) return null;
  return { name: 'page_chrome', penalty: Math.min(0.6, ratio), spam: false };
}
