/**
 * BM25+ relevance, with the constants and weights MiniSearch uses, so ranking stayed the same
 * when the archive search moved from MiniSearch to its own term index.
 */
const K = 1.2;
const B = 0.7;
const D = 0.5;

/** Weight of a longer word found by a prefix ("beslut" for "besl"): lower the more it adds. */
const PREFIX_WEIGHT = 0.375;

/** How rare a term is in a field: `matching` of `total` documents have it. */
export function inverseDocumentFrequency(matching: number, total: number): number {
  return Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
}

/** One term's score in one field of one document. */
export function bm25(
  idf: number,
  termFrequency: number,
  fieldLength: number,
  averageFieldLength: number,
): number {
  return (
    idf *
    (D +
      (termFrequency * (K + 1)) /
        (termFrequency + K * (1 - B + (B * fieldLength) / averageFieldLength)))
  );
}

/** The weight of an index term reached from a shorter query term by prefix (1 when equal). */
export function prefixWeight(indexTerm: string, queryTerm: string): number {
  const distance = indexTerm.length - queryTerm.length;
  if (distance === 0) return 1;
  return (PREFIX_WEIGHT * indexTerm.length) / (indexTerm.length + 0.3 * distance);
}
