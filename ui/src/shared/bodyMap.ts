// The body map's catalogue (assets/body-map.json: regions, sides, the questions each asks,
// the artwork's shapes and arrow-key neighbours), the same file the core reads, so the form,
// Insights and the clinician PDF draw one map. Words come from labels.ts (labels.rs).
import catalogue from '../../../assets/body-map.json';
import type { PainQuality } from '../bindings/PainQuality';
import type { Region } from '../bindings/Region';
import type { RegionPain } from '../bindings/RegionPain';
import { regionLabels } from './labels';
import { t } from './i18n';

export type Side = 'left' | 'right' | 'centre';
export type Asks = 'saddle_numbness' | 'both_legs' | 'leg_symptoms';
export type Direction = 'up' | 'down' | 'left' | 'right';
export interface RegionInfo { id: Region; side: Side; asks: Asks[]; covers?: Region[] }
export interface MapShape { region: Region; path: string; centre: [number, number]; neighbours: Partial<Record<Direction, Region>> }
export interface MapView { id: 'front' | 'back'; shapes: MapShape[] }

export const viewBox = catalogue.view_box.join(' ');
export const outline: string = catalogue.outline;
export const regionInfo = new Map<Region, RegionInfo>(
  (catalogue.regions as RegionInfo[]).map((r) => [r.id, r]),
);
export const views = catalogue.views as MapView[];
/** The regions offered for a new entry: every drawn one (regions kept from older journals,
 *  which cover several drawn ones, are not). */
export const drawnRegions: Region[] = (catalogue.regions as RegionInfo[])
  .filter((r) => !r.covers?.length)
  .map((r) => r.id);

/** The qualities the map offers for a region. */
export const mapQualities: PainQuality[] = ['aching', 'burning', 'shooting', 'electric', 'pins_and_needles', 'numb'];

/** The two views' names, read when shown (the words are Fluent messages in shared.ftl). */
export const viewNames: Record<MapView['id'], string> = {
  get front() {
    return t('body-map-view-front');
  },
  get back() {
    return t('body-map-view-back');
  },
};

/** What a screen reader hears for a region: name, side and current score. */
export function regionAriaLabel(region: Region, marked: RegionPain | undefined): string {
  const side = regionInfo.get(region)?.side ?? 'centre';
  const state = !marked ? 'unmarked' : marked.score === null ? 'unscored' : 'scored';
  return t('body-map-region-aria', { region: regionLabels[region], side, state, score: marked?.score ?? 0 });
}

export function asks(region: Region, question: Asks): boolean {
  return regionInfo.get(region)?.asks.includes(question) ?? false;
}

export function legSide(region: Region): 'left' | 'right' | null {
  const info = regionInfo.get(region);
  if (!info || !info.asks.includes('both_legs') || info.side === 'centre') return null;
  return info.side;
}

const numbOrTingling = (r: RegionPain) => r.qualities.includes('numb') || r.qualities.includes('pins_and_needles');

/** The questions the marked regions put to the user (nothing is decided for them). */
export function questionsFor(regions: RegionPain[]): { saddle: boolean; bothLegs: boolean; legSymptoms: boolean } {
  const sides = new Set(regions.map((r) => legSide(r.region)).filter((s) => s !== null));
  return {
    saddle: regions.some((r) => asks(r.region, 'saddle_numbness') && numbOrTingling(r)),
    bothLegs: sides.size === 2,
    legSymptoms: regions.some((r) => asks(r.region, 'leg_symptoms')),
  };
}

/** The highest region score, or null when no region has one. */
export function worstScore(regions: RegionPain[]): number | null {
  const scores = regions.map((r) => r.score).filter((s): s is number => s !== null);
  return scores.length ? Math.max(...scores) : null;
}

/** A shading band for a 0-10 score (the number is always written too). */
export function band(score: number | null): 'unknown' | 'none' | 'low' | 'mid' | 'high' {
  if (score === null) return 'unknown';
  if (score === 0) return 'none';
  return score <= 3 ? 'low' : score <= 6 ? 'mid' : 'high';
}

/** "Left buttock 6/10, Left thigh, back 3/10": each region with its own score when given. */
export function describeRegions(regions: RegionPain[]): string {
  return regions
    .map((r) => {
      // A region the labels do not know (a newer journal) shows its key rather than nothing.
      const name = regionLabels[r.region] ?? r.region;
      return r.score === null ? name : t('body-map-region-score', { region: name, score: r.score });
    })
    .join(', ');
}
