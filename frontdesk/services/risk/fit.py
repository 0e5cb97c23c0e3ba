"""The model's arithmetic, numpy only: an L2-regularised logistic regression fitted by
Newton's method (IRLS), Platt scaling, and the figures it is judged by (AUC, Brier score,
a reliability table)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

EPS = 1e-12


def sigmoid(z: np.ndarray) -> np.ndarray:
    out: np.ndarray = 1.0 / (1.0 + np.exp(-np.clip(z, -35.0, 35.0)))
    return out


def logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    out: np.ndarray = np.log(p / (1 - p))
    return out


@dataclass(frozen=True)
class Logistic:
    """P(y = 1 | x) = sigmoid(intercept + x · coef)."""

    intercept: float
    coef: np.ndarray

    def linear(self, x: np.ndarray) -> np.ndarray:
        out: np.ndarray = self.intercept + x @ self.coef
        return out

    def predict(self, x: np.ndarray) -> np.ndarray:
        return sigmoid(self.linear(x))


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0, *,
                 weights: np.ndarray | None = None, iterations: int = 50,
                 tol: float = 1e-8) -> Logistic:
    """Newton-Raphson (iteratively reweighted least squares) on the penalised log-likelihood
    -sum w·loglik + l2/2·|coef|² (the intercept is not penalised). x: (n, k), y: 0/1."""
    n, k = x.shape
    w = np.ones(n) if weights is None else np.asarray(weights, dtype=float)
    design = np.hstack([np.ones((n, 1)), x])
    penalty = np.full(k + 1, float(l2))
    penalty[0] = 0.0
    prior = float(np.clip(np.average(y, weights=w), 1e-4, 1 - 1e-4))
    beta = np.zeros(k + 1)
    beta[0] = np.log(prior / (1 - prior))
    for _ in range(iterations):
        p = sigmoid(design @ beta)
        grad = design.T @ (w * (y - p)) - penalty * beta
        hess = (design * (w * np.maximum(p * (1 - p), EPS))[:, None]).T @ design
        hess[np.diag_indices_from(hess)] += penalty
        step = np.linalg.solve(hess, grad)
        beta = beta + step
        if float(np.max(np.abs(step))) < tol:
            break
    return Logistic(float(beta[0]), beta[1:].copy())


@dataclass(frozen=True)
class Platt:
    """Calibrated p = sigmoid(a · logit(p_raw) + b), fitted on a later slice of time."""

    a: float = 1.0
    b: float = 0.0

    def apply(self, p_raw: np.ndarray) -> np.ndarray:
        return sigmoid(self.a * logit(p_raw) + self.b)


def fit_platt(p_raw: np.ndarray, y: np.ndarray) -> Platt:
    """Platt scaling by the same Newton fit, with a whisper of L2 (stays finite when the slice
    is separable), on the raw model's logit."""
    m = fit_logistic(logit(p_raw)[:, None], y, l2=1e-3)
    return Platt(float(m.coef[0]), m.intercept)


def auc(y: np.ndarray, score: np.ndarray) -> float:
    """Area under the ROC curve (the Mann-Whitney statistic, ties counted half); nan when
    only one class is present."""
    y = np.asarray(y).astype(bool)
    n_pos, n_neg = int(y.sum()), int((~y).sum())
    if not n_pos or not n_neg:
        return float("nan")
    order = np.argsort(score, kind="mergesort")
    ranked = np.asarray(score, dtype=float)[order]
    ranks = np.empty(len(ranked))
    i = 0
    while i < len(ranked):  # average ranks over ties
        j = i
        while j + 1 < len(ranked) and ranked[j + 1] == ranked[i]:
            j += 1
        ranks[i:j + 1] = (i + j) / 2 + 1
        i = j + 1
    rank_of = np.empty(len(ranks))
    rank_of[order] = ranks
    return float((rank_of[y].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def brier(y: np.ndarray, p: np.ndarray) -> float:
    """Mean squared difference between the predicted probability and what happened."""
    return float(np.mean((np.asarray(p, dtype=float) - np.asarray(y, dtype=float)) ** 2))


@dataclass(frozen=True)
class ReliabilityBin:
    low: float
    high: float
    count: int
    predicted: float  # mean predicted probability in the bin (nan when empty)
    observed: float  # share that happened (nan when empty)


def reliability(y: np.ndarray, p: np.ndarray, bins: int = 10) -> list[ReliabilityBin]:
    """Predicted against observed in `bins` equal-width bins of predicted probability."""
    y, p = np.asarray(y, dtype=float), np.asarray(p, dtype=float)
    edges = np.linspace(0.0, 1.0, bins + 1)
    which = np.clip(np.digitize(p, edges[1:-1]), 0, bins - 1)
    out = []
    for b in range(bins):
        sel = which == b
        n = int(sel.sum())
        out.append(ReliabilityBin(float(edges[b]), float(edges[b + 1]), n,
                                  float(p[sel].mean()) if n else float("nan"),
                                  float(y[sel].mean()) if n else float("nan")))
    return out
