import type { QualityInput, Signal } from './signal.ts';

/** Endings of site and brand names. */
const BRAND_END = /(网|资讯|头条|官网|导航|门户|在线|之家|财经|快讯|\.com|\.cn|\.net|\.cc|\.vip)$/i;

/** Ordinary nouns that end like a site name. */
const COMMON_NOUN = /(物联网|互联网|局域网|电网|天网|法网|蛛网|渔网|铁丝网|防护网|关系网|销售网|信息网|通信网|电信网)$/;

/** A site ending followed by a character that makes it part of an ordinary word. */
const WORD_GOES_ON = /^网[络站页点民友格店上购贷购]|^在线[上下]|^之家[庭]/;

/** Names that a genuine report repeats because they are its subject: police, courts, the anti-fraud centre. */
const INSTITUTION = /(公安|警方|检察|法院|政府|派出所|反诈|反电诈|中心|银行|支付宝|微信|96110|诈骗|电信网络|互联网|网络|网民|网友|上网|网站|网页|网格|网点|网店|天网|国家|人民|公众号)/;

/** Government and police bodies: a report may legitimately name its own publisher several times. */
const OFFICIAL = /(公安|警察|警方|检察|法院|政府|派出所|人民|委员会|联席|办公室)/;

/**
 * Site names and search keywords a spam page declares: the URL host, the source name, and the
 * segments an SEO headline tacks on after its first ("…被骗6.8万元_防诈骗知识大全_鑫旺资讯网").
 */
function declaredNames(input: QualityInput): string[] {
  const names: string[] = [];
  const segments = (input.title ?? '').split(/\s*[_|｜]\s*|\s+-\s+/).slice(1);
  for (const segment of segments) {
    if (segment.length >= 3 && segment.length <= 16 && !OFFICIAL.test(segment)) names.push(segment);
  }
  if (input.sourceName && input.sourceName.trim().length >= 2) names.push(input.sourceName.trim());
  if (input.url) {
    const host = /^[a-z]+:\/\/([^/:]+)/i.exec(input.url)?.[1] ?? '';
    const label = host.replace(/^(www|m|news)\./i, '').split('.')[0];
    if (label && label.length >= 4) names.push(label);
  }
  return names.filter((name) => !OFFICIAL.test(name));
}

/** A brand has a name before its ending: 鑫旺资讯网, not 资讯网 or 网. */
function hasNamePart(name: string): boolean {
  const ending = BRAND_END.exec(name)?.[0] ?? '';
  return name.length - ending.length >= 2;
}

/** Occurrences of `needle` in `text`, case-insensitive for Latin letters. */
function occurrences(text: string, needle: string): number {
  const lower = text.toLowerCase();
  const target = needle.toLowerCase();
  let n = 0;
  for (let at = lower.indexOf(target); at >= 0; at = lower.indexOf(target, at + target.length)) n++;
  return n;
}

/**
 * Brand-like strings repeated through the text: maximal runs of 3–10 Han/Latin characters ending
 * like a site name, that occur at least three times.
 */
export function repeatedBrands(text: string): { name: string; count: number }[] {
  const counts = new Map<string, number>();
  const runs = text.match(/[\p{Script=Han}A-Za-z0-9.]{3,40}/gu) ?? [];
  for (const run of runs) {
    for (let end = 3; end <= run.length; end++) {
      for (let start = Math.max(0, end - 10); start <= end - 3; start++) {
        const candidate = run.slice(start, end);
        // 电信网|络, 互联网|站: the "site ending" is the start of a longer word.
        if (BRAND_END.test(candidate) && !WORD_GOES_ON.test(run.slice(end - 1, end + 1))) {
          counts.set(candidate, (counts.get(candidate) ?? 0) + 1);
        }
      }
    }
  }
  const repeated = [...counts].filter(([name, n]) => n >= 3 && !INSTITUTION.test(name) && !COMMON_NOUN.test(name) && hasNamePart(name));
  // Keep maximal strings: drop a candidate when a longer one containing it is as frequent.
  return repeated
    .filter(([name, n]) => !repeated.some(([other, m]) => other !== name && other.includes(name) && m >= n))
    .map(([name, count]) => ({ name, count }));
}

/** A brand or site name repeated inside the article's sentences to rank in search engines. */
export function keywordStuffingSignal(input: QualityInput): Signal | null {
  const text = input.body;
  const perKiloChar = (n: number) => (n * 1000) / Math.max(300, text.length);
  let worst = 0;
  for (const name of declaredNames(input)) worst = Math.max(worst, perKiloChar(occurrences(text, name)));
  for (const { count } of repeatedBrands(text)) worst = Math.max(worst, perKiloChar(count));
  if (worst < 4) return null;
  return { name: 'keyword_stuffing', penalty: Math.min(0.8, 0.2 + worst / 30), spam: true };
}
