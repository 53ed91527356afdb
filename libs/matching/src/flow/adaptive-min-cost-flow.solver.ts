import { solveMinCostFlowByCostScaling } from './cost-scaling.solver';
import type { FlowNetwork } from './flow-network.builder';
import { solveMinCostFlow, type MinCostFlowResult } from './min-cost-flow.solver';

/**
 * Picks the exact min-cost flow algorithm for the instance. Successive shortest paths is the
 * fastest when capacity has slack (augmenting paths stay two or three arcs long: 0.7 s on the
 * 20,000 x 15,000 bench) but degrades when capacity is tight (the last paths search most of the
 * graph); cost scaling takes a steady few seconds either way. So: shortest paths under a work
 * budget, then cost scaling if the budget runs out (or straight away when the caller expects
 * tight capacity), and unbudgeted shortest paths when the supplies cannot all be routed without
 * the deferred (overflow) arcs, because its blocked sources and overflow units explain why.
 * Re-solves after a few arcs closed or reopened (fairness probes, institution branching) start
 * warm from the previous flow and potentials.
 */

export type MinCostFlowAlgorithm = 'successive-shortest-paths' | 'cost-scaling';

export interface AdaptiveMinCostFlowOptions {
  /** Order in which successive shortest paths drains sources. */
  readonly sourceOrder?: Int32Array;
  /**
   * Arcs an optimal flow leaves empty whenever the supplies can be routed without them (overflow
   * arcs priced above any path); cost scaling keeps them closed so its scaled costs stay exact.
   */
  readonly deferredArcs?: Int32Array;
  /** Go straight to cost scaling (the caller knows capacity is tight). */
  readonly preferCostScaling?: boolean;
  /** Shortest-path work allowed, in residual-slot scans per slot (default 8; Infinity: never switch). */
  readonly shortestPathWorkFactor?: number;
  /**
   * Work allowed to a warm start, in the same unit (default 20). Larger than the cold budget:
   * on tight capacity the ~100-200 displaced units of a fairness probe each need a long search
   * (~250 k scans), which still costs half of a cold cost-scaling solve.
   */
  readonly warmStartWorkFactor?: number;
  /**
   * An earlier solve of the same arcs (see MinCostFlowOptions.warmStart): tried first, by
   * shortest paths under the warm work budget, before any cold solve.
   */
  readonly warmStart?: { readonly arcFlow: Int32Array; readonly potential: Float64Array };
  /** Fraction of the solve done, never decreasing. */
  readonly onProgress?: (fraction: number) => void;
}

export interface AdaptiveMinCostFlowResult extends MinCostFlowResult {
  readonly algorithm: MinCostFlowAlgorithm;
  /** The warm start gave the result. */
  readonly warmStarted: boolean;
  /** Shortest paths ran out of budget before cost scaling took over. */
  readonly switchedAlgorithm: boolean;
}

export function solveMinCostFlowAdaptive(
  network: FlowNetwork,
  options: AdaptiveMinCostFlowOptions = {},
): AdaptiveMinCostFlowResult {
  let reported = 0;
  const report = (fraction: number): void => {
    if (fraction <= reported) return;
    reported = fraction;
    options.onProgress?.(fraction);
  };
  const factor = options.shortestPathWorkFactor ?? 8;
  const budgetFor = (f: number): number | undefined =>
    Number.isFinite(f) ? f * 2 * network.arcCount : undefined;
  const budget = budgetFor(factor);
  const shortestPaths = (workBudget?: number, warmStart?: AdaptiveMinCostFlowOptions['warmStart']) =>
    solveMinCostFlow(network, {
      sourceOrder: options.sourceOrder,
      workBudget,
      warmStart,
      onProgress: options.onProgress
        ? ({ routedUnits, totalUnits }) => report(totalUnits === 0 ? 1 : routedUnits / totalUnits)
        : undefined,
    });

  let switchedAlgorithm = false;
  if (options.warmStart) {
    const warmFactor = Number.isFinite(factor) ? (options.warmStartWorkFactor ?? 20) : Infinity;
    const result = shortestPaths(budgetFor(warmFactor), options.warmStart);
    // An infeasible warm result is not a maximum partial flow: the cold paths below give one.
    if (!result.stoppedByBudget && result.feasible)
      return { ...result, algorithm: 'successive-shortest-paths', warmStarted: true, switchedAlgorithm };
  }
  if (!options.preferCostScaling) {
    const result = shortestPaths(budget);
    if (!result.stoppedByBudget)
      return { ...result, algorithm: 'successive-shortest-paths', warmStarted: false, switchedAlgorithm };
    switchedAlgorithm = true;
  }
  const scaled = solveMinCostFlowByCostScaling(network, {
    deferredArcs: options.deferredArcs,
    onProgress: options.onProgress ? ({ fraction }) => report(fraction) : undefined,
  });
  if (scaled.status === 'optimal')
    return { ...scaled.result, algorithm: 'cost-scaling', warmStarted: false, switchedAlgorithm };
  return {
    ...shortestPaths(),
    algorithm: 'successive-shortest-paths',
    warmStarted: false,
    switchedAlgorithm,
  };
}
