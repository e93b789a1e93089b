import type { DecidedStatus } from '../domain';

export const VERDICTS: readonly DecidedStatus[] = ['approved', 'held', 'rejected'];

/** Rows: the live verdict; columns: the shadow's. */
export type Matrix = Record<DecidedStatus, Record<DecidedStatus, number>>;

export interface Disagreement {
  live: DecidedStatus;
  shadow: DecidedStatus;
  count: number;
  /** A few of the comments in this cell, newest first. */
  examples: string[];
}

export interface Agreement {
  /** Comments with a shadow verdict (errors included). */
  total: number;
  matrix: Matrix;
  /** Shadow runs that failed, ran out of time or were skipped: not in the matrix. */
  shadowErrors: number;
  /** Share of the matrix on its diagonal; null when it is empty. */
  agreementRate: number | null;
  disagreements: Disagreement[];
}

const emptyMatrix = (): Matrix => ({
  approved: { approved: 0, held: 0, rejected: 0 },
  held: { approved: 0, held: 0, rejected: 0 },
  rejected: { approved: 0, held: 0, rejected: 0 },
});

/** The 3×3 agreement of live and shadow verdicts, with up to `examplesPerCell` comment ids per disagreement. */
export function agreementMatrix(items: readonly { commentId: string; live: DecidedStatus; shadow: DecidedStatus | 'error' }[], options: { examplesPerCell: number }): Agreement {
  const matrix = emptyMatrix();
  const examples = new Map<string, string[]>();
  let shadowErrors = 0;
  for (const item of items) {
    if (item.shadow === 'error') {
      shadowErrors += 1;
      continue;
    }
    matrix[item.live][item.shadow] += 1;
    if (item.live !== item.shadow) {
      const cell = `${item.live}/${item.shadow}`;
      const ids = examples.get(cell) ?? [];
      if (ids.length < options.examplesPerCell) ids.push(item.commentId);
      examples.set(cell, ids);
    }
  }
  const disagreements: Disagreement[] = [];
  let inMatrix = 0;
  let agreed = 0;
  for (const live of VERDICTS) {
    for (const shadow of VERDICTS) {
      const count = matrix[live][shadow];
      inMatrix += count;
      if (live === shadow) agreed += count;
      else if (count > 0) disagreements.push({ live, shadow, count, examples: examples.get(`${live}/${shadow}`) ?? [] });
    }
  }
  return {
    total: items.length,
    matrix,
    shadowErrors,
    agreementRate: inMatrix === 0 ? null : Math.round((agreed / inMatrix) * 10_000) / 10_000,
    disagreements,
  };
}
