/** Fitting the friction weights (shared by scripts/fit-friction.ts and the CV figure in scripts/eval.ts). */
import { POLITE_FEATURES } from '../../lib/engine/politeness';
import { FINDING_FEATURES, FINDING_WEIGHT_FLOOR, FRICTION_FEATURES, FRICTION_MARGIN, frictionLogit, frictionScore } from '../../lib/engine/friction';
import { fitLogistic, rocAuc, stratifiedFolds, type LogisticModel } from './stats';

/** L2 penalties tried by the fit (chosen by 5-fold CV on Wikipedia). */
export const L2_GRID = [0.1, 0.3, 1, 3, 10];
export const FOLDS = 5;

/**
 * Sign constraints, so every weight reads the way its strategy is meant: courtesy features can
 * only lower friction, blunt ones only raise it, and findings raise it by at least a floor.
 */
export function bounds(): { lower: Float64Array; upper: Float64Array } {
  const lower = new Float64Array(FRICTION_FEATURES.length);
  const upper = new Float64Array(FRICTION_FEATURES.length);
  FRICTION_FEATURES.forEach((f, j) => {
    if ((FINDING_FEATURES as readonly string[]).includes(f)) {
      lower[j] = FINDING_WEIGHT_FLOOR[f as (typeof FINDING_FEATURES)[number]];
      upper[j] = Infinity;
    } else if ((POLITE_FEATURES as readonly string[]).includes(f)) {
      lower[j] = -Infinity;
      upper[j] = 0;
    } else {
      lower[j] = 0;
      upper[j] = Infinity;
    }
  });
  return { lower, upper };
}

/**
 * The product score's intercept is fixed (-FRICTION_MARGIN: a featureless text must score 0), so
 * the fit uses the same fixed intercept: impoliteness has to be explained by features, not by a
 * baseline that the product score would drop.
 */
export function fitFriction(X: readonly Float64Array[], y: ArrayLike<number>, l2: number, margin = FRICTION_MARGIN): LogisticModel {
  return fitLogistic(X, y, { l2, ...bounds(), intercept: -margin });
}

/** Friction (the product score, clamped at 0, floored by the findings) of each row under given weights. */
export function frictionScores(X: readonly Float64Array[], weights: ArrayLike<number>, margin = FRICTION_MARGIN): number[] {
  return X.map((x) => frictionScore(x, weights, margin));
}

export interface CvResult {
  /** Out-of-fold friction per row (each fold scored by a model fitted on the other folds). */
  friction: number[];
  /** Out-of-fold logit (the unclamped model). */
  logit: number[];
  aucFriction: number;
  aucLogit: number;
}

export function crossValidate(X: readonly Float64Array[], y: ArrayLike<number>, l2: number, k = FOLDS): CvResult {
  const folds = stratifiedFolds(y, k);
  const friction = new Array<number>(X.length);
  const logit = new Array<number>(X.length);
  for (let f = 0; f < k; f++) {
    const train = X.map((_, i) => i).filter((i) => folds[i] !== f);
    const m = fitFriction(
      train.map((i) => X[i]),
      train.map((i) => y[i]),
      l2,
    );
    for (let i = 0; i < X.length; i++) {
      if (folds[i] !== f) continue;
      friction[i] = frictionScore(X[i], m.weights, -m.intercept);
      logit[i] = frictionLogit(X[i], m.weights, -m.intercept);
    }
  }
  return { friction, logit, aucFriction: rocAuc(friction, y), aucLogit: rocAuc(logit, y) };
}

/**
 * Nested cross-validation: in each outer fold the L2 penalty is chosen by an inner CV on the
 * training part only, then the model is fitted there and scores the held-out fold.
 */
export function nestedCrossValidate(X: readonly Float64Array[], y: ArrayLike<number>, k = FOLDS): CvResult & { l2s: number[] } {
  const folds = stratifiedFolds(y, k, 7);
  const friction = new Array<number>(X.length);
  const logit = new Array<number>(X.length);
  const l2s: number[] = [];
  for (let f = 0; f < k; f++) {
    const train = X.map((_, i) => i).filter((i) => folds[i] !== f);
    const Xt = train.map((i) => X[i]);
    const yt = train.map((i) => y[i]);
    let best = { l2: L2_GRID[0], auc: -1 };
    for (const l2 of L2_GRID) {
      const auc = crossValidate(Xt, yt, l2).aucFriction;
      if (auc > best.auc + 1e-4) best = { l2, auc };
    }
    l2s.push(best.l2);
    const m = fitFriction(Xt, yt, best.l2);
    for (let i = 0; i < X.length; i++) {
      if (folds[i] !== f) continue;
      friction[i] = frictionScore(X[i], m.weights, -m.intercept);
      logit[i] = frictionLogit(X[i], m.weights, -m.intercept);
    }
  }
  return { friction, logit, aucFriction: rocAuc(friction, y), aucLogit: rocAuc(logit, y), l2s };
}
