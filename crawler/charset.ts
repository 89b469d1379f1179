import iconv from 'iconv-lite';

export interface DecodedHtml {
  html: string;
  charset: string;
  /** how it was decided */
  detectedBy: 'bom' | 'header' | 'meta' | 'sniff' | 'default';
}

/** Only the head of a page is scanned for <meta charset>, as browsers do (they use 1024 bytes; we are more lenient). */
const META_SCAN_BYTES = 8192;
/** Sniffing looks at this many bytes: enough Chinese text to tell GBK from Big5, cheap on huge pages. */
const SNIFF_BYTES = 64 * 1024;

/**
 * Decodes a fetched page to text without ever producing mojibake.
 *
 * Order of trust: a BOM; then bytes that are valid UTF-8 with non-ASCII text (legacy CJK text is practically never
 * valid UTF-8, while many Chinese sites re-save UTF-8 pages under an old `gb2312` meta); then the HTTP header and the
 * meta declaration, each only if decoding with it looks like Chinese rather than garbage; then sniffing between
 * GB18030 and Big5.
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): DecodedHtml {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

  const bom = charsetFromBom(buffer);
  if (bom) return { html: iconv.decode(buffer, bom.charset, { stripBOM: true }), charset: bom.charset, detectedBy: 'bom' };

  const headerCharset = normaliseCharset(charsetFromContentType(contentType));
  const metaCharset = normaliseCharset(charsetFromMeta(buffer));
  const declared: Array<{ charset: string; by: 'header' | 'meta' }> = [];
  if (headerCharset) declared.push({ charset: headerCharset, by: 'header' });
  if (metaCharset) declared.push({ charset: metaCharset, by: 'meta' });

  const utf8 = utf8Status(buffer);
  if (utf8 === 'ascii') {
    // Pure ASCII decodes the same under any of the charsets we meet; report what the page said.
    const first = declared.find((d) => isAsciiCompatible(d.charset));
    return { html: buffer.toString('latin1'), charset: first?.charset ?? 'utf-8', detectedBy: first?.by ?? 'default' };
  }
  if (utf8 === 'valid') {
    const saidUtf8 = declared.find((d) => d.charset === 'utf-8');
    // Believed only when no other charset was declared first; otherwise the bytes, not the label, decided.
    return { html: buffer.toString('utf8'), charset: 'utf-8', detectedBy: saidUtf8 && declared[0] === saidUtf8 ? saidUtf8.by : 'sniff' };
  }

  // Not UTF-8: a declared legacy charset is used when its decoding reads as plausible text.
  const sample = buffer.subarray(0, Math.min(buffer.length, SNIFF_BYTES));
  const sniffed = sniffLegacyCjk(sample);
  for (const d of declared) {
    if (d.charset === 'utf-8') continue;
    if (isSingleByteWestern(d.charset)) {
      // Servers often default to ISO-8859-1; Chinese bytes under that label are a wrong label, not Latin text.
      if (isCjkLegacy(sniffed.charset)) continue;
      return { html: iconv.decode(buffer, d.charset), charset: d.charset, detectedBy: d.by };
    }
    const score = plausibility(iconv.decode(sample, d.charset));
    // A declaration wins unless sniffing found a clearly better reading (wrong gb2312/big5 labels are common).
    if (score >= sniffed.score * 0.8) return { html: iconv.decode(buffer, d.charset), charset: d.charset, detectedBy: d.by };
  }
  return { html: iconv.decode(buffer, sniffed.charset), charset: sniffed.charset, detectedBy: declared.length || sniffed.score > 0 ? 'sniff' : 'default' };
}

function charsetFromBom(buffer: Buffer): { charset: string } | null {
  if (buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return { charset: 'utf-8' };
  if (buffer.length >= 2 && buffer[0] === 0xff && buffer[1] === 0xfe) return { charset: 'utf-16le' };
  if (buffer.length >= 2 && buffer[0] === 0xfe && buffer[1] === 0xff) return { charset: 'utf-16be' };
  return null;
}

export function charsetFromContentType(contentType?: string | null): string | null {
  if (!contentType) return null;
  const match = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType);
  return match ? match[1] : null;
}

function charsetFromMeta(buffer: Buffer): string | null {
  const head = buffer.subarray(0, Math.min(buffer.length, META_SCAN_BYTES)).toString('latin1');
  const metas = head.match(/<meta\b[^>]*>/gi) ?? [];
  for (const meta of metas) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta);
    if (direct) return direct[1];
  }
  // XML prolog, e.g. <?xml version="1.0" encoding="gb2312"?>
  const xml = /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return xml ? xml[1] : null;
}

/** Maps the many spellings to the names iconv-lite knows; GB2312/GBK are read as their superset GB18030. */
export function normaliseCharset(name: string | null): string | null {
  if (!name) return null;
  const lower = name.trim().toLowerCase().replace(/_/g, '-');
  if (/^(utf-?8|unicode-1-1-utf-8|utf8)$/.test(lower)) return 'utf-8';
  if (/^(gb2312|gbk|gb18030|x-gbk|cp936|ms936|windows-936|euc-cn|csgb2312|hz-gb-2312|gb-2312|x-euc-cn|chinese)$/.test(lower)) return 'gb18030';
  if (/^(big5|big-5|big5-hkscs|big5hkscs|cn-big5|csbig5|x-x-big5|cp950|ms950|windows-950)$/.test(lower)) return 'big5';
  if (/^(iso-8859-1|latin1|latin-1|us-ascii|ascii|windows-1252|cp1252)$/.test(lower)) return 'windows-1252';
  return iconv.encodingExists(lower) ? lower : null;
}

function isCjkLegacy(charset: string): boolean {
  return charset === 'gb18030' || charset === 'big5';
}

function isSingleByteWestern(charset: string): boolean {
  return charset === 'windows-1252' || /^iso-8859/.test(charset);
}

function isAsciiCompatible(charset: string): boolean {
  return !/^utf-16/.test(charset);
}

/** 'ascii' when no byte is above 0x7f, 'valid' for well-formed UTF-8, 'invalid' otherwise. A cut-off final sequence is tolerated. */
function utf8Status(buffer: Buffer): 'ascii' | 'valid' | 'invalid' {
  let i = 0;
  const n = buffer.length;
  let multibyte = 0;
  let bad = 0;
  while (i < n) {
    const b = buffer[i];
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else {
      bad += 1;
      i += 1;
      if (bad > 8 || bad * 200 > multibyte + 1) return 'invalid';
      continue;
    }
    if (i + need >= n) {
      // Truncated page: the last character is cut. Judge by what came before.
      break;
    }
    let ok = true;
    for (let k = 1; k <= need; k++) {
      const c = buffer[i + k];
      if ((c & 0xc0) !== 0x80) {
        ok = false;
        break;
      }
    }
    if (!ok) {
      bad += 1;
      i += 1;
      // A stray bad byte in a long UTF-8 page (a broken ad snippet) should not flip it to GBK.
      if (bad > 8 || bad * 200 > multibyte + 1) return 'invalid';
      continue;
    }
    multibyte += 1;
    i += need + 1;
  }
  if (multibyte === 0 && bad === 0) return 'ascii';
  return multibyte >= bad * 200 ? 'valid' : 'invalid';
}

/** Frequent characters of Chinese news text, simplified and traditional; a right decoding is full of them. */
const COMMON =
  '的一是不了在人有我他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百达切流吗决元科包城被个們這來時國說為會對後過裡還發經問學實現點動與開關長義見東無頭種記內話聽軍產員氣機體當應壓從萬樣'
  ;
const COMMON_SET = new Set(Array.from(COMMON));

/** Share of CJK characters that are common ones, minus a penalty for replacement characters and private-use code points. */
function plausibility(text: string): number {
  let cjk = 0;
  let common = 0;
  let bad = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code === 0xfffd || (code >= 0xe000 && code <= 0xf8ff)) bad += 1;
    else if (code >= 0x4e00 && code <= 0x9fff) {
      cjk += 1;
      if (COMMON_SET.has(ch)) common += 1;
    }
  }
  if (cjk === 0) return bad > 0 ? -bad : 0;
  return common - bad * 3;
}

function sniffLegacyCjk(sample: Buffer): { charset: string; score: number } {
  const candidates = ['gb18030', 'big5'];
  let best = { charset: 'gb18030', score: -Infinity };
  for (const charset of candidates) {
    const score = plausibility(iconv.decode(sample, charset));
    if (score > best.score) best = { charset, score };
  }
  if (best.score <= 0) {
    // No Chinese reading makes sense: most likely a Western single-byte page (or binary).
    return { charset: 'windows-1252', score: 0 };
  }
  return best;
}
