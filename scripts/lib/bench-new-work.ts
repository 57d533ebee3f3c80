/**
 * The new work at national scale (docs/performance.md, "The new work at national scale"): per-capita figures
 * (pc=1), peer groups (pf, pb), the indicator framework view and the review queue of the add-report view, each
 * against a limit stated before it was measured.
 */

/** The limits (ms), fixed before the first measurement. */
export const NEW_WORK_LIMITS = {
  /** ranking view with pc=1: in-app navigation from the compare view → the ranking drawn, median */
  perCapitaRankOpen: 300,
  /** ranking view with pc=1: another metric picked → its ranking drawn, median */
  perCapitaRankPick: 300,
  /** ranking view with a peer group (pf, pb=level,province): in-app navigation → the ranking drawn, median */
  peerRankOpen: 300,
  /** compare view with a peer group (pf, pb=level,province): in-app navigation → the first chart drawn, median */
  peerCompareOpen: 300,
  /** the indicator framework view with places of the national dataset chosen: in-app navigation → its first cell, median */
  frameworkOpen: 300,
  /** the review queue holding ≥ 5,000 candidates: the longest main-thread task while it is scrolled end to end and walked by keyboard */
  queueScrollTask: 100,
} as const;

/** Candidates the review queue must hold when it is scrolled. */
export const QUEUE_CANDIDATES = 5000;
