// The guide's bundled data (catalogue, illustrations, the fast-timer test setting), loaded
// once per window and kept in memory only.
import { guideCatalogue, guideFastTimers, guideIllustrations, guidePositions } from '../../api';
import type { PositionsView } from '../../bindings/PositionsView';
import type { Catalogue } from '../../bindings/Catalogue';
import type { Source } from '../../bindings/Source';
import { t } from '../../shared/i18n';

export const guide = $state<{ catalogue: Catalogue | null; svgs: Record<string, string>; fast: boolean; error: string }>({
  catalogue: null,
  svgs: {},
  fast: false,
  error: '',
});

let loading: Promise<void> | null = null;

export function loadGuide(): Promise<void> {
  loading ??= Promise.all([guideCatalogue(), guideIllustrations(), guideFastTimers().catch(() => false)])
    .then(([catalogue, svgs, fast]) => {
      guide.catalogue = catalogue;
      guide.svgs = Object.fromEntries(svgs.map((s) => [s.id, s.svg]));
      guide.fast = fast;
    })
    .catch((err: { message?: string }) => {
      loading = null;
      guide.error = err?.message ?? t('guide-load-error');
    });
  return loading;
}

/** For tests: forget what was loaded. */
export function resetGuide() {
  loading = null;
  guide.catalogue = null;
  guide.svgs = {};
  guide.fast = false;
  guide.error = '';
}

/** "Publisher, year: title" for a source id, or the id itself if unknown. */
export function sourceText(id: string): string {
  const s: Source | undefined = guide.catalogue?.sources.find((x) => x.id === id);
  if (!s) return id;
  // Journal citations already carry their year; web pages get it added.
  return s.publisher.includes(String(s.year)) ? `${s.publisher}: ${s.title}` : `${s.publisher} (${s.year}): ${s.title}`;
}

export function sourceUrl(id: string): string | null {
  return guide.catalogue?.sources.find((x) => x.id === id)?.url ?? null;
}

let positionsLoading: Promise<PositionsView> | null = null;

/** The positions page's data (position list and guide), fetched once. */
export function loadPositions(): Promise<PositionsView> {
  positionsLoading ??= guidePositions().catch((err) => {
    positionsLoading = null;
    throw err;
  });
  return positionsLoading;
}

export function resetPositions() {
  positionsLoading = null;
}
