/** One evaluation set: reads its gold from ../shared/eval and scores our extraction. */
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
