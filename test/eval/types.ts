/** One evaluation set: reads its gold from ../shared/eval (or fixtures/) and scores our extraction. */
export interface EvalRow {
  set: string;
  /** What the row scores: 'PER', 'span+value', 'source', ... */
  slice: string;
  tp?: number;
  fp?: number;
  fn?: number;
  /** Precision / recall / F1, or accuracy for rows that are a share of cases. */
  p?: number;
  r?: number;
  f1?: number;
  accuracy?: number;
  n?: number;
  /** The target the issue sets, for the table to show. */
  target?: string;
  /** Optional: a short remark printed under the table (what is counted, a caveat). */
  note?: string;
  /** Optional: a few failure cases in words, written to the JSON report only. */
  examples?: string[];
}

export interface EvalSet {
  name: string;
  description: string;
  run(options: { limit?: number }): Promise<EvalRow[]> | EvalRow[];
}

export const prf = (tp: number, fp: number, fn: number) => {
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { tp, fp, fn, p, r, f1 };
};

/** The number a row is judged by when two reports are compared: F1, else accuracy, else recall. */
export const headline = (row: EvalRow): { metric: 'f1' | 'accuracy' | 'r'; value: number } | undefined =>
  row.f1 !== undefined ? { metric: 'f1', value: row.f1 }
    : row.accuracy !== undefined ? { metric: 'accuracy', value: row.accuracy }
    : row.r !== undefined ? { metric: 'r', value: row.r }
    : undefined;
