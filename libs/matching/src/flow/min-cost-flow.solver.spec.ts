import { bellmanFordMinCostFlow } from '../testing/bellman-ford-flow.reference';
import { randomNetwork, routedUnits, withChangedCapacities } from '../testing/random-network.fixture';
import { FlowNetworkBuilder } from './flow-network.builder';
import { solveMinCostFlow } from './min-cost-flow.solver';
import { verifyOptimalityCertificate } from './reduced-cost.certificate';

describe('solveMinCostFlow', () => {
  const shapes = [
    { label: 'sparse', nodes: 6, arcs: 8, maxCost: 10, overflow: false },
    { label: 'sparse with overflow arcs', nodes: 6, arcs: 8, maxCost: 10, overflow: true },
    { label: 'dense', nodes: 8, arcs: 30, maxCost: 20, overflow: false },
    { label: 'dense with overflow arcs', nodes: 8, arcs: 30, maxCost: 20, overflow: true },
    { label: 'zero costs (ties everywhere)', nodes: 7, arcs: 20, maxCost: 0, overflow: true },
    { label: 'large costs', nodes: 10, arcs: 35, maxCost: 1e9, overflow: true },
  ];
  // When not everything can be routed, which sources stay short is the caller's policy (the
  // assignment network adds overflow arcs for that), so costs are compared on feasible networks.
  it.each(shapes)(
    'matches an independent Bellman-Ford solver on random $label networks',
    ({ nodes, arcs, maxCost, overflow }) => {
      let compared = 0;
      for (let seed = 1; seed <= 80; seed++) {
        const network = randomNetwork(seed * 7919 + nodes, nodes, arcs, maxCost, overflow);
        const reference = bellmanFordMinCostFlow(network);
        const result = solveMinCostFlow(network);
        expect(routedUnits(network, result.remainingSupply)).toBe(reference.routed);
        expect(result.feasible).toBe(result.remainingSupply.every((b) => b === 0));
        if (result.feasible) {
          expect(result.totalCost).toBe(reference.cost);
          compared++;
        }
        const certificate = verifyOptimalityCertificate(
          network,
          result.arcFlow,
          result.potential,
          result.remainingSupply,
        );
        expect(certificate.verified).toBe(true);
        expect(certificate.totalCost).toBe(result.totalCost);
      }
      if (overflow) expect(compared).toBe(80);
    },
  );

  it.each(shapes)(
    'stays optimal with a global price update after every augmentation ($label)',
    ({ nodes, arcs, maxCost, overflow }) => {
      let updates = 0;
      for (let seed = 1; seed <= 40; seed++) {
        const network = randomNetwork(seed * 104729 + nodes, nodes, arcs, maxCost, overflow);
        const reference = bellmanFordMinCostFlow(network);
        const result = solveMinCostFlow(network, { globalUpdateAfterScans: 0 });
        updates += result.globalUpdates;
        expect(routedUnits(network, result.remainingSupply)).toBe(reference.routed);
        if (result.feasible) expect(result.totalCost).toBe(reference.cost);
        const certificate = verifyOptimalityCertificate(
          network,
          result.arcFlow,
          result.potential,
          result.remainingSupply,
        );
        expect(certificate.verified).toBe(true);
      }
      expect(updates).toBeGreaterThan(10);
    },
  );

  it.each(shapes)(
    'warm-started from the solve before a capacity change, reaches the same optimum as a cold solve ($label)',
    ({ nodes, arcs, maxCost, overflow }) => {
      let rerouted = 0;
      let feasible = 0;
      for (let seed = 1; seed <= 40; seed++) {
        const network = randomNetwork(seed * 7349 + nodes, nodes, arcs, maxCost, overflow);
        const first = solveMinCostFlow(network);
        // Close a quarter of the arcs, widen others.
        const changed = withChangedCapacities(network, seed, 0.25, 0.15);
        const reference = bellmanFordMinCostFlow(changed);
        const warm = solveMinCostFlow(changed, { warmStart: first });
        let totalUnits = 0;
        for (const supply of changed.nodeSupply) if (supply > 0) totalUnits += supply;
        // Same verdict; an infeasible warm result is not a maximum partial flow (callers re-solve cold).
        expect(warm.feasible).toBe(reference.routed === totalUnits);
        if (warm.feasible) expect(warm.totalCost).toBe(reference.cost);
        const certificate = verifyOptimalityCertificate(
          changed,
          warm.arcFlow,
          warm.potential,
          warm.remainingSupply,
        );
        expect(certificate.verified).toBe(true);
        rerouted += warm.augmentations;
        if (warm.feasible) feasible++;
      }
      expect(rerouted).toBeGreaterThan(0);
      if (overflow) expect(feasible).toBe(40);
    },
  );

  it('reports a blocked source with the closed set it cannot leave', () => {
    const builder = new FlowNetworkBuilder();
    const source = builder.addNode(3);
    const middle = builder.addNode(0);
    const sink = builder.addNode(-3);
    builder.addArc(source, middle, 5, 1);
    builder.addArc(middle, sink, 2, 1);
    const result = solveMinCostFlow(builder.build());
    expect(result.feasible).toBe(false);
    expect(result.blockedSources).toHaveLength(1);
    expect(result.blockedSources[0].node).toBe(source);
    expect(result.blockedSources[0].unroutedUnits).toBe(1);
    expect([...result.blockedSources[0].reachedNodes].sort()).toEqual([source, middle]);
  });

  it('rejects negative costs instead of returning a wrong answer', () => {
    const builder = new FlowNetworkBuilder();
    builder.addNode(1);
    builder.addNode(-1);
    builder.addArc(0, 1, 1, -1);
    expect(() => solveMinCostFlow(builder.build())).toThrow(RangeError);
  });

  it('the certificate rejects a flow that is feasible but not optimal', () => {
    const builder = new FlowNetworkBuilder();
    builder.addNode(1);
    builder.addNode(-1);
    builder.addArc(0, 1, 1, 5); // expensive
    builder.addArc(0, 1, 1, 2); // cheap
    const network = builder.build();
    const result = solveMinCostFlow(network);
    expect(Array.from(result.arcFlow)).toEqual([0, 1]);
    const swapped = Int32Array.from([1, 0]);
    expect(
      verifyOptimalityCertificate(network, swapped, result.potential, result.remainingSupply).verified,
    ).toBe(false);
  });

  it('reports progress up to all units routed', () => {
    const network = randomNetwork(5, 12, 60, 50);
    const fractions: number[] = [];
    const result = solveMinCostFlow(network, {
      onProgress: (p) => fractions.push(p.routedUnits / Math.max(1, p.totalUnits)),
    });
    expect(fractions.length).toBeGreaterThan(0);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions[fractions.length - 1]).toBe(result.feasible ? 1 : fractions[fractions.length - 1]);
  });
});
