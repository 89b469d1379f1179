/**
 * The text the statistics rules read: the same length as the article, so every offset found in
 * it is an offset into the article (spans stay exact), but with full-width digits and signs made
 * ASCII, the Traditional characters of our cue words made Simplified, and noise masked with
 * spaces (URLs, e-mail addresses, page chrome) so that no number inside them can be read.
 */

/**
 * Traditional → Simplified for the characters our cues and units use. One character to one
 * character keeps offsets; it is deliberately small (full conversion belongs to opencc, which
 * changes lengths for some phrases).
 */
const TRADITIONAL = new Map<string, string>(
  [
    '萬万', '億亿', '兩两', '詐诈', '騙骗', '獲获', '偵侦', '夥伙', '團团', '攔拦', '凍冻', '結结', '資资',
    '損损', '搗捣', '毀毁', '窩窝', '點点', '電电', '話话', '簡简', '訊讯', '網网', '帳账', '賬账', '戶户',
    '號号', '報报', '減减', '長长', '約约', '餘余', '數数', '幾几', '幣币', '臺台', '門门', '額额', '審审',
    '訴诉', '決决', '處处', '關关', '銀银', '張张', '條条', '個个', '項项', '級级', '體体', '線线', '勸劝',
    '預预', '護护', '險险', '發发', '費费', '據据', '統统', '計计', '為为', '於于', '與与', '們们', '這这',
    '對对', '動动', '開开', '會会', '區区', '縣县', '鎮镇', '務务', '實实', '現现', '證证', '轉转', '匯汇',
    '傳传', '給给', '撥拨', '內内', '鄉乡', '佔占', '過过', '將将', '應应', '軟软', '機机', '檢检', '擊击',
    '執执', '罰罚', '緝缉', '歸归', '逮逮', '嫌嫌', '導导', '絡络', '頁页', '覽览', '瀏浏', '閱阅', '擊击',
    '讚赞', '輯辑', '權权', '編编', '時时', '間间', '鐘钟', '週周', '歲岁', '還还', '贓赃', '償偿', '億亿',
    '舉举', '標标', '聯联', '險险', '騷骚', '擾扰', '壞坏', '鏈链', '碼码', '庫库', '類类', '參参', '貳贰',
    '陸陆', '亞亚', '亂乱', '顯显', '衛卫', '級级', '單单', '筆笔', '兌兑', '換换', '陽阳', '懷怀', '疑疑',
    '從从', '員员', '來来', '較较', '漲涨', '幅幅', '總总', '計计', '冊册', '臨临', '製制', '卻却', '個个',
    '詢询', '諮咨', '讓让', '稱称', '認认', '識识', '騰腾', '購购', '貸贷', '況况', '夠够', '達达', '廣广',
    '齊齐', '強强', '劃划', '網网', '遊游', '戲戏', '婚婚', '戀恋', '際际', '衝冲', '繫系', '係系', '變变',
    '斷断', '隊队', '辦办', '擔担', '獎奖', '勵励', '覺觉', '營营', '運运', '樓楼', '紀纪', '錄录', '錢钱', '財财', '產产', '總总', '騙骗', '賠赔', '詢询',
  ].map((pair) => [pair[0], pair[1]] as [string, string]),
);

/** Noise whose digits are never statistics. Each pattern is linear-time (no nested quantifiers). */
const URL = /(?:https?:\/\/|www\.)[\x21-\x7e]{1,2000}/gi;
const EMAIL_CHAR = /[\w.+-]/;
/** Page chrome: from the marker to the end of its line, at most 80 characters. */
const CHROME =
  /(?:版权所有|Copyright|©|ICP备|ICP证|公网安备|网站标识码|网站识别码|责任编辑|编辑[:：]|来源[:：]|发布时间|发布日期|时间[:：]|浏览次数|浏览量|阅读量|阅读数|点击数|点击量|访问量|人气[:：]|字号|打印本页|关闭窗口|上一篇|下一篇|分享到|扫一扫|联系电话|电话[:：]|地址[:：]|邮编|邮政编码|传真)[^\n]{0,80}/gi;

function mask(chars: string[], re: RegExp, text: string): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (let i = m.index; i < m.index + m[0].length; i++) if (chars[i] !== '\n') chars[i] = ' ';
    if (m[0].length === 0) re.lastIndex++;
  }
}

/**
 * E-mail addresses, found from their @ outwards: a regex scanning for the local part would try
 * every position of a long run of digits.
 */
function maskEmails(chars: string[], text: string): void {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let from = at;
    while (from > 0 && at - from < 64 && EMAIL_CHAR.test(text[from - 1])) from--;
    let to = at + 1;
    while (to < text.length && to - at < 255 && EMAIL_CHAR.test(text[to])) to++;
    if (from === at || !text.slice(at + 1, to).includes('.')) continue;
    for (let i = from; i < to; i++) chars[i] = ' ';
  }
}

/** Builds the working text: same length as `text`, offsets identical. */
export function toWorkingText(text: string): string {
  const chars: string[] = new Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e && ch !== '，' && ch !== '：' && ch !== '；' && ch !== '！' && ch !== '？' && ch !== '（' && ch !== '）') {
      // Full-width ASCII (digits, ％, ．, letters) → ASCII; keep Chinese clause punctuation as it is.
      chars[i] = String.fromCharCode(code - 0xfee0);
    } else if (code === 0x3000) {
      chars[i] = ' ';
    } else {
      chars[i] = TRADITIONAL.get(ch) ?? ch;
    }
  }
  const converted = chars.join('');
  mask(chars, URL, converted);
  maskEmails(chars, converted);
  mask(chars, CHROME, converted);
  return chars.join('');
}
