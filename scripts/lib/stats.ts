/** Small, dependency-free statistics for the eval and fitting scripts (deterministic). */

/** ROC AUC (Mann-Whitney U with average ranks for ties); labels 1 = positive class. */
export function rocAuc(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const n = scores.length;
  const idx = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let rankSumPos = 0;
  let nPos = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && scores[idx[j + 1]] === scores[idx[i]]) j++;
    const rank = (i + j) / 2 + 1; // average 1-based rank of the tie block
    for (let k = i; k <= j; k++) if (labels[idx[k]] === 1) {
      rankSumPos += rank;
      nPos++;
    }
    i = j + 1;
  }
  const nNeg = n - nPos;
  if (nPos === 0 || nNeg === 0) return NaN;
  return (rankSumPos - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}

/** Hanley & McNeil (1982) standard error of an AUC; 95% interval = auc +- 1.96 se. */
export function hanleyMcNeil(auc: number, nPos: number, nNeg: number): { se: number; lo: number; hi: number } {
  const q1 = auc / (2 - auc);
  const q2 = (2 * auc * auc) / (1 + auc);
  const v = (auc * (1 - auc) + (nPos - 1) * (q1 - auc * auc) + (nNeg - 1) * (q2 - auc * auc)) / (nPos * nNeg);
  const se = Math.sqrt(Math.max(0, v));
  return { se, lo: Math.max(0, auc - 1.96 * se), hi: Math.min(1, auc + 1.96 * se) };
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Stratified k-fold assignment (fold index per row), deterministic for a given seed. */
export function stratifiedFolds(labels: ArrayLike<number>, k: number, seed = 20240601): Int32Array {
  const fold = new Int32Array(labels.length);
  const rand = rng(seed);
  for (const cls of [0, 1]) {
    const rows = Array.from({ length: labels.length }, (_, i) => i).filter((i) => labels[i] === cls);
    // Fisher-Yates with the seeded generator.
    for (let i = rows.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [rows[i], rows[j]] = [rows[j], rows[i]];
    }
    rows.forEach((r, i) => (fold[r] = i % k));
  }
  return fold;
}

export interface LogisticOptions {
  /** L2 penalty (on the summed log-loss scale); the intercept is not penalised. */
  l2: number;
  /** Per-weight lower bounds (-Infinity for none). */
  lower?: ArrayLike<number>;
  /** Per-weight upper bounds (Infinity for none). */
  upper?: ArrayLike<number>;
  /** Fit an intercept (true, the default), or fix it at the given number. */
  intercept?: true | number;
  maxIter?: number;
}

export interface LogisticModel {
  intercept: number;
  weights: Float64Array;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * L2-regularised logistic regression by Newton's method (IRLS), with box bounds handled by an
 * active set: the weight furthest outside its bounds is fixed at the bound and the rest re-fitted.
 */
export function fitLogistic(X: readonly Float64Array[], y: ArrayLike<number>, o: LogisticOptions): LogisticModel {
  const d = X[0]?.length ?? 0;
  const lower = o.lower ?? new Float64Array(d).fill(-Infinity);
  const upper = o.upper ?? new Float64Array(d).fill(Infinity);
  const fixed = new Map<number, number>();
  for (let round = 0; round <= d; round++) {
    const m = newton(X, y, o.l2, fixed, o.maxIter ?? 50, o.intercept ?? true);
    let worst = -1;
    let worstGap = 1e-9;
    let bound = 0;
    for (let j = 0; j < d; j++) {
      if (fixed.has(j)) continue;
      const below = lower[j] - m.weights[j];
      const above = m.weights[j] - upper[j];
      if (below > worstGap) [worstGap, worst, bound] = [below, j, lower[j]];
      if (above > worstGap) [worstGap, worst, bound] = [above, j, upper[j]];
    }
    if (worst < 0) return m;
    fixed.set(worst, bound);
  }
  throw new Error('active set did not converge');
}

function newton(
  X: readonly Float64Array[],
  y: ArrayLike<number>,
  l2: number,
  fixed: Map<number, number>,
  maxIter: number,
  intercept: true | number,
): LogisticModel {
  const d = X[0].length;
  const free = Array.from({ length: d }, (_, j) => j).filter((j) => !fixed.has(j));
  const p = free.length + 1; // + intercept (last)
  const w = new Float64Array(d);
  for (const [j, v] of fixed) w[j] = v;
  const withIntercept = intercept === true;
  let b = intercept === true ? 0 : intercept;
  for (let iter = 0; iter < maxIter; iter++) {
    const g = new Float64Array(p);
    const H = Array.from({ length: p }, () => new Float64Array(p));
    for (let i = 0; i < X.length; i++) {
      const x = X[i];
      let z = b;
      for (let j = 0; j < d; j++) z += w[j] * x[j];
      const mu = sigmoid(z);
      const r = mu - y[i];
      const s = mu * (1 - mu);
      for (let a = 0; a < p; a++) {
        const xa = a === p - 1 ? 1 : x[free[a]];
        if (xa === 0) continue;
        g[a] += r * xa;
        const Ha = H[a];
        for (let c = 0; c <= a; c++) {
          const xc = c === p - 1 ? 1 : x[free[c]];
          if (xc !== 0) Ha[c] += s * xa * xc;
        }
      }
    }
    for (let a = 0; a < p; a++) for (let c = 0; c < a; c++) H[c][a] = H[a][c];
    for (let a = 0; a < p - 1; a++) {
      g[a] += l2 * w[free[a]];
      H[a][a] += l2;
    }
    H[p - 1][p - 1] += 1e-9;
    if (!withIntercept) {
      // Pin the intercept: no gradient, identity curvature.
      g[p - 1] = 0;
      for (let a = 0; a < p; a++) H[a][p - 1] = H[p - 1][a] = 0;
      H[p - 1][p - 1] = 1;
    }
    const step = solve(H, g);
    let maxStep = 0;
    for (let a = 0; a < p - 1; a++) {
      w[free[a]] -= step[a];
      maxStep = Math.max(maxStep, Math.abs(step[a]));
    }
    b -= step[p - 1];
    if (maxStep < 1e-10 && Math.abs(step[p - 1]) < 1e-10) break;
  }
  return { intercept: b, weights: w };
}

/** Solve A x = b for a symmetric positive definite A (Gaussian elimination with partial pivoting). */
function solve(A: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  const M = A.map((row, i) => {
    const r = new Float64Array(n + 1);
    r.set(row);
    r[n] = b[i];
    return r;
  });
  for (let col = 0; col < n; col++) {
    let piv = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(M[r][col]) > Math.abs(M[piv][col])) piv = r;
    [M[col], M[piv]] = [M[piv], M[col]];
    const pv = M[col][col] || 1e-12;
    for (let r = col + 1; r < n; r++) {
      const f = M[r][col] / pv;
      if (f === 0) continue;
      for (let c = col; c <= n; c++) M[r][c] -= f * M[col][c];
    }
  }
  const x = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r][n];
    for (let c = r + 1; c < n; c++) s -= M[r][c] * x[c];
    x[r] = s / (M[r][r] || 1e-12);
  }
  return x;
}

export function logLoss(X: readonly Float64Array[], y: ArrayLike<number>, m: LogisticModel): number {
  let s = 0;
  for (let i = 0; i < X.length; i++) {
    let z = m.intercept;
    for (let j = 0; j < m.weights.length; j++) z += m.weights[j] * X[i][j];
    const p = Math.min(1 - 1e-12, Math.max(1e-12, sigmoid(z)));
    s -= y[i] ? Math.log(p) : Math.log(1 - p);
  }
  return s / X.length;
}
