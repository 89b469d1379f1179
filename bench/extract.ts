/**
 * Article extraction benchmark on the daniel-zh pages (../shared/benchmarks/daniel-zh, read in place, never copied):
 * fanzha's extractor against Mozilla Readability over jsdom, same pages, same run, by the folder's measure
 * (bag of character bigrams over CJK characters, digits and Latin letters of title + "\n" + body vs the reference).
 *
 *   npm run bench:extract                 # both extractors, all pages
 *   npm run bench:extract -- --fanzha-only
 *   npm run bench:extract -- --page <id>  # show one page's output next to its reference
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodeHtml } from '../crawler/charset.ts';
import { extractArticle } from '../crawler/extract/extract-article.ts';
import { findDates, toIso } from '../crawler/extract/parse-date.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = resolve(projectRoot, '../shared/benchmarks/daniel-zh');

interface Score { precision: number; recall: number; f1: number }

/** The benchmark's measure: multiset overlap of bigrams over kept characters. */
export function bigramScore(predicted: string, reference: string): Score {
  const p = bigrams(predicted);
  const r = bigrams(reference);
  let pTotal = 0;
  let rTotal = 0;
  let overlap = 0;
  for (const n of p.values()) pTotal += n;
  for (const [gram, n] of r) {
    rTotal += n;
    overlap += Math.min(n, p.get(gram) ?? 0);
  }
  const precision = pTotal ? overlap / pTotal : 0;
  const recall = rTotal ? overlap / rTotal : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function bigrams(text: string): Map<string, number> {
  const kept = Array.from(text).filter((ch) => /[\p{Script=Han}0-9A-Za-z]/u.test(ch));
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < kept.length; i++) {
    const gram = kept[i] + kept[i + 1];
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

function referenceText(raw: string): string {
  return raw
    .split('\n')
    .map((line) => line.replace(/<\/?p[^>]*>/gi, ''))
    .join('\n')
    .replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)));
}

function readabilityText(html: string): string {
  const virtualConsole = new VirtualConsole();
  const dom = new JSDOM(html, { url: 'http://localhost/', virtualConsole });
  const article = new Readability(dom.window.document).parse();
  dom.window.close();
  if (!article) return '';
  return `${article.title ?? ''}\n${article.textContent ?? ''}`;
}

function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

function main(): void {
  if (!existsSync(benchDir)) {
    console.log(`daniel-zh benchmark not found at ${benchDir}; nothing to measure.`);
    return;
  }
  const args = process.argv.slice(2);
  const fanzhaOnly = args.includes('--fanzha-only');
  const pageArg = args.indexOf('--page');
  const only = pageArg >= 0 ? args[pageArg + 1] : null;

  const ids = readdirSync(join(benchDir, 'html'))
    .filter((name) => name.endsWith('.html'))
    .map((name) => name.slice(0, -'.html'.length))
    .filter((id) => !only || id.includes(only))
    .sort();

  const rows: Array<{ id: string; fanzha: Score; readability: Score | null }> = [];
  // Publish time, where the reference's first lines show a dateline with a clock time: same minute?
  const times: Array<{ id: string; expected: string; got: string | null }> = [];
  const ages: Array<{ id: string; age: number; got: string }> = [];
  let fanzhaMs = 0;
  let readabilityMs = 0;
  for (const id of ids) {
    const bytes = readFileSync(join(benchDir, 'html', `${id}.html`));
    const reference = referenceText(readFileSync(join(benchDir, 'reference', `${id}.txt`), 'utf8'));

    let started = performance.now();
    const { html } = decodeHtml(bytes);
    const article = extractArticle(html);
    fanzhaMs += performance.now() - started;
    const fanzhaText = `${article.title ?? ''}\n${article.body}`;

    let readability: Score | null = null;
    if (!fanzhaOnly) {
      started = performance.now();
      const text = readabilityText(bytes.toString('utf8'));
      readabilityMs += performance.now() - started;
      readability = bigramScore(text, reference);
    }
    rows.push({ id, fanzha: bigramScore(fanzhaText, reference), readability });
    if (article.publishedAt) {
      // Pages were saved on the date their file name starts with; a publish date more than a week before is suspect.
      const saved = Date.parse(`${id.slice(0, 4)}-${id.slice(4, 6)}-${id.slice(6, 8)}T23:59:59+08:00`);
      const age = (saved - Date.parse(article.publishedAt)) / 86_400_000;
      ages.push({ id, age, got: article.publishedAt });
    }
    const dateline = findDates(reference.split('\n').slice(0, 3).join('\n')).find((d) => d.hasTime);
    if (dateline) times.push({ id, expected: toIso(dateline).slice(0, 16), got: article.publishedAt?.slice(0, 16) ?? null });

    if (only) {
      console.log(`== ${id}  isArticle=${article.isArticle} ${article.reason ?? ''}`);
      console.log(`title: ${article.title}\npublishedAt: ${article.publishedAt}\nsource: ${article.source}\nauthor: ${article.author}`);
      console.log(`-- body\n${article.body}\n-- reference\n${reference}\n`);
    }
  }

  const n = rows.length;
  const line = (name: string, scores: Score[], ms: number): string =>
    `${name.padEnd(12)} P ${mean(scores.map((s) => s.precision)).toFixed(4)}  R ${mean(scores.map((s) => s.recall)).toFixed(4)}  F1 ${mean(scores.map((s) => s.f1)).toFixed(4)}  ${(ms / n).toFixed(1)} ms/page`;
  console.log(`daniel-zh: ${n} pages (bigram bag over CJK, digits, Latin letters; title + body vs reference)`);
  console.log(line('fanzha', rows.map((r) => r.fanzha), fanzhaMs));
  if (!fanzhaOnly) console.log(line('readability', rows.map((r) => r.readability!), readabilityMs));

  const plausible = ages.filter((a) => a.age >= -1 && a.age <= 7);
  const withClock = ages.filter((a) => !a.got.includes('T00:00:00')).length;
  console.log(`publish time found on ${ages.length}/${n} pages (${withClock} with a clock time); ${plausible.length} fall within the week before the page was saved (a day of slack for time zones)`);
  for (const a of ages.filter((x) => !(x.age >= -1 && x.age <= 7)).slice(0, 10)) console.log(`  got ${a.got}  ${a.id}`);
  const sameMinute = times.filter((t) => t.expected === t.got).length;
  console.log(`publish time: ${sameMinute}/${times.length} pages whose reference shows a dateline with a clock time match it to the minute`);
  for (const t of times.filter((x) => x.expected !== x.got).slice(0, 10)) console.log(`  expected ${t.expected}  got ${t.got}  ${t.id}`);

  console.log('\nfanzha worst pages:');
  for (const row of [...rows].sort((a, b) => a.fanzha.f1 - b.fanzha.f1).slice(0, 10)) {
    const r = row.readability ? `  (readability F1 ${row.readability.f1.toFixed(3)})` : '';
    console.log(`  F1 ${row.fanzha.f1.toFixed(3)}  P ${row.fanzha.precision.toFixed(3)}  R ${row.fanzha.recall.toFixed(3)}  ${row.id}${r}`);
  }
}

main();
