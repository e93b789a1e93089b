import type { DecidedStatus, Language } from '../domain';
import type { ModeratorLabelStore } from '../calibration/moderator-label-store';
import { precisionRecall, type PrecisionRecall } from '../calibration/statistics';
import { agreementMatrix, type Agreement } from './agreement-matrix';
import type { ShadowOutcome, ShadowStore, ShadowSummary } from './shadow-store';

export interface ShadowReportQuery {
  sinceMs?: number;
  articleId?: string;
  language?: Language;
}

/** One side (live or shadow) measured against moderators: rejected by moderators is the positive class. */
export interface SideAgainstModerators {
  /** The side rejected the comment. */
  reject: PrecisionRecall;
  /** The side held or rejected it: it would not have been published unseen. */
  flag: PrecisionRecall;
}

export interface ModeratorComparison {
  /** Comments in the report that a moderator decided (the shadow did not fail on them). */
  decided: number;
  moderatorRejected: number;
  live: SideAgainstModerators;
  shadow: SideAgainstModerators;
}

export interface ShadowReport {
  since: string | null;
  filters: { articleId: string | null; language: Language | null };
  /** Summaries read (newest first), and whether the scan stopped at `maxScan` before `since`. */
  scanned: number;
  maxScan: number;
  truncated: boolean;
  /** Says what the report covers when the scan was cut. */
  note: string | null;
  overall: Agreement;
  byLanguage: Partial<Record<Language, Agreement>>;
  againstModerators: { overall: ModeratorComparison; byLanguage: Partial<Record<Language, ModeratorComparison>> };
  /** How every shadow run of the deployment ended, counted since shadow mode was first on (not filtered). */
  shadowOutcomes: Record<ShadowOutcome, number>;
}

type Labelled = { live: DecidedStatus; shadow: DecidedStatus; moderator: 'approved' | 'rejected' };

function side(items: readonly Labelled[], which: 'live' | 'shadow'): SideAgainstModerators {
  const actual = (item: Labelled): boolean => item.moderator === 'rejected';
  return {
    reject: precisionRecall(items.map((item) => ({ predicted: item[which] === 'rejected', actual: actual(item) }))),
    flag: precisionRecall(items.map((item) => ({ predicted: item[which] !== 'approved', actual: actual(item) }))),
  };
}

function compare(items: readonly Labelled[]): ModeratorComparison {
  return { decided: items.length, moderatorRejected: items.filter((i) => i.moderator === 'rejected').length, live: side(items, 'live'), shadow: side(items, 'shadow') };
}

function groupByLanguage<T extends { language: Language }>(items: readonly T[]): Map<Language, T[]> {
  const groups = new Map<Language, T[]>();
  for (const item of items) groups.set(item.language, [...(groups.get(item.language) ?? []), item]);
  return groups;
}

/**
 * The shadow report: how often the shadow agrees with the live chain, and how each compares with moderators.
 * Bounded: it reads at most `maxScan` compact summaries from the shadow index (newest first) and the labels of
 * those comments, three round trips whatever the traffic.
 */
export class ShadowReportService {
  constructor(private readonly deps: { store: ShadowStore; labels: ModeratorLabelStore; maxScan: number; examplesPerCell: number }) {}

  async report(query: ShadowReportQuery): Promise<ShadowReport> {
    const { summaries, truncated } = await this.deps.store.recent({ sinceMs: query.sinceMs ?? 0, maxScan: this.deps.maxScan });
    const selected = summaries.filter(
      (s: ShadowSummary) => (query.articleId === undefined || s.articleId === query.articleId) && (query.language === undefined || s.language === query.language),
    );
    const [labels, shadowOutcomes] = await Promise.all([this.deps.labels.getMany(selected.map((s) => s.commentId)), this.deps.store.outcomes()]);
    const labelled: (Labelled & { language: Language })[] = [];
    for (const s of selected) {
      const label = labels.get(s.commentId);
      if (label === undefined || s.shadow === 'error') continue;
      labelled.push({ live: s.live, shadow: s.shadow, moderator: label.decision, language: s.language });
    }
    const options = { examplesPerCell: this.deps.examplesPerCell };
    const byLanguage: Partial<Record<Language, Agreement>> = {};
    for (const [language, items] of groupByLanguage(selected)) byLanguage[language] = agreementMatrix(items, options);
    const moderatorsByLanguage: Partial<Record<Language, ModeratorComparison>> = {};
    for (const [language, items] of groupByLanguage(labelled)) moderatorsByLanguage[language] = compare(items);
    const oldest = summaries.at(-1);
    return {
      since: query.sinceMs === undefined ? null : new Date(query.sinceMs).toISOString(),
      filters: { articleId: query.articleId ?? null, language: query.language ?? null },
      scanned: summaries.length,
      maxScan: this.deps.maxScan,
      truncated,
      note:
        truncated && oldest !== undefined
          ? `only the newest ${this.deps.maxScan} shadow verdicts were read (SHADOW_REPORT_MAX_SCAN): the report covers comments decided from ${new Date(oldest.decidedAtMs).toISOString()} on; narrow it with since=`
          : null,
      overall: agreementMatrix(selected, options),
      byLanguage,
      againstModerators: { overall: compare(labelled), byLanguage: moderatorsByLanguage },
      shadowOutcomes,
    };
  }
}
