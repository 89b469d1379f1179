import type { Region } from '../contract.ts';
import { normalizeText } from '../normalize.ts';
import { GAZETTEER, GAZETTEER_NAME_LENGTHS, type PlaceEntry } from './gazetteer.ts';

/** First characters of gazetteer names: most positions of a text start no name and are skipped with one lookup. */
const FIRST_CHARS: ReadonlySet<string> = new Set([...GAZETTEER.keys()].map((name) => name[0]));
import { FOREIGN_PLACES } from './foreign-places.ts';

/** Where a mention sits: the headline and the lead say what the article is about; later mentions are often asides. */
const ZONE_WEIGHT = { title: 3, lead: 2, body: 1 } as const;
/** Characters of the body that count as its lead. */
const LEAD_LENGTH = 120;
/** A place followed by an agency (宜昌市公安局, 昆山警方) names the actor of the story, not a passing mention. */
const ACTOR_AFTER = /^(?:省|市|县|区|州|盟|自治区|自治州)?(?:公安|警方|检察|法院|反诈|市局|分局|派出所|警察|民警|网警|刑警|中院|中级|人民|警务|金融|银行|银保监|通信管理|网信)/;
const ACTOR_BOOST = 1.5;
const REGION_NAME_BOOST = 1.2;
/** How much stronger foreign evidence must be than domestic evidence for the story to count as foreign (null). */
const FOREIGN_DOMINANCE = 2;

/** National actors and national scope. 国家反诈中心 followed by APP is an app plug in a local story, not national news. */
const NATIONAL_CUES: readonly { pattern: RegExp; weight: number }[] = [
  { pattern: /公安部/g, weight: 2 },
  { pattern: /国家反诈中心(?!\s*(?:APP|App|app|客户端|官方))/g, weight: 2 },
  { pattern: /最高人民检察院|最高检/g, weight: 2 },
  { pattern: /最高人民法院|最高法/g, weight: 2 },
  { pattern: /工业和信息化部|工信部|中央网信办|国家网信办|国务院|中国人民银行|国家金融监督管理总局|两高/g, weight: 1.5 },
  { pattern: /全国(?:公安|检察|法院|人大|范围|各地|共|累计)/g, weight: 1.5 },
  { pattern: /全国|我国|国家层面/g, weight: 0.5 },
];

const FOREIGN_PATTERN = new RegExp(FOREIGN_PLACES.join('|'), 'g');

export interface RegionEvidence {
  /** Summed, weighted mentions per province-level region. */
  regions: Map<Exclude<Region, '全国'>, number>;
  national: number;
  foreign: number;
}

interface Zone {
  text: string;
  weight: number;
}

function zonesOf(title: string, body: string): Zone[] {
  return [
    { text: title, weight: ZONE_WEIGHT.title },
    { text: body.slice(0, LEAD_LENGTH), weight: ZONE_WEIGHT.lead },
    { text: body.slice(LEAD_LENGTH), weight: ZONE_WEIGHT.body },
  ];
}

/** Longest-match scan of the gazetteer over one stretch of text. */
function scanPlaces(text: string, onPlace: (entry: PlaceEntry, end: number) => void): void {
  let i = 0;
  while (i < text.length) {
    let matched = 0;
    if (!FIRST_CHARS.has(text[i])) {
      i++;
      continue;
    }
    for (const length of GAZETTEER_NAME_LENGTHS) {
      if (i + length > text.length) continue;
      const entry = GAZETTEER.get(text.slice(i, i + length));
      if (entry) {
        onPlace(entry, i + length);
        matched = length;
        break;
      }
    }
    i += matched || 1;
  }
}

/** Collects weighted place evidence from an already normalised title and body. */
export function collectRegionEvidence(title: string, body: string): RegionEvidence {
  const regions = new Map<Exclude<Region, '全国'>, number>();
  let national = 0;
  let foreign = 0;
  for (const zone of zonesOf(title, body)) {
    if (!zone.text) continue;
    scanPlaces(zone.text, (entry, end) => {
      let weight = zone.weight / entry.regions.length;
      if (entry.isRegionName) weight *= REGION_NAME_BOOST;
      if (ACTOR_AFTER.test(zone.text.slice(end, end + 8))) weight *= ACTOR_BOOST;
      for (const region of entry.regions) regions.set(region, (regions.get(region) ?? 0) + weight);
    });
    for (const cue of NATIONAL_CUES) {
      national += (zone.text.match(cue.pattern)?.length ?? 0) * cue.weight * zone.weight;
    }
    foreign += (zone.text.match(FOREIGN_PATTERN)?.length ?? 0) * zone.weight;
  }
  return { regions, national, foreign };
}

/** Picks the region from the evidence: the strongest province, 全国 when national actors outweigh it, null abroad. */
export function decideRegion(evidence: RegionEvidence): Region | null {
  let best: Exclude<Region, '全国'> | null = null;
  let bestScore = 0;
  for (const [region, score] of evidence.regions) {
    if (score > bestScore) {
      best = region;
      bestScore = score;
    }
  }
  // A Chinese agency acting in a story set abroad (云南警方 receiving suspects from 缅北) makes it that region's
  // story; only when places abroad clearly dominate is the story foreign.
  if (evidence.foreign > FOREIGN_DOMINANCE * Math.max(bestScore, evidence.national)) return null;
  if (evidence.national > 0 && evidence.national >= bestScore) return '全国';
  return best;
}

/** The one province-level region an article is mainly about (see the contract, §3). */
export function resolveRegion(input: { title?: string | null; body: string }): Region | null {
  return resolveRegionNormalized(normalizeText(input.title ?? ''), normalizeText(input.body));
}

/** resolveRegion for text that has already gone through normalizeText (classifyArticle normalises once). */
export function resolveRegionNormalized(title: string, body: string): Region | null {
  return decideRegion(collectRegionEvidence(title, body));
}
