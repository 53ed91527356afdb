"""Independent optimum for an instance written by `npm run bench:matching -- --write DIR`.

Solves the same assignment with Google OR-Tools' SimpleMinCostFlow (cost-scaling push-relabel
in C++), with pair costs scaled by 1e9 (int64), and prints the objective (sum of float scores
of the chosen pairs) as JSON. Optional: needs `pip install ortools`; not part of CI.

usage: python independent-optimum.ortools.py DIR [reviewers_per_paper=3] [max_load=6]
"""
import csv
import json
import sys
import time

from ortools.graph.python import min_cost_flow


def main() -> None:
    folder = sys.argv[1]
    demand = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    max_load = int(sys.argv[3]) if len(sys.argv) > 3 else 6
    started = time.time()
    conflicts = set()
    with open(f"{folder}/constraints.csv") as handle:
        for paper, reviewer, value in csv.reader(handle):
            if int(value) == -1:
                conflicts.add((paper, reviewer))
    papers, reviewers, pairs = {}, {}, []
    with open(f"{folder}/scores.csv") as handle:
        for paper, reviewer, score in csv.reader(handle):
            if (paper, reviewer) in conflicts:
                continue
            papers.setdefault(paper, len(papers))
            reviewers.setdefault(reviewer, len(reviewers))
            pairs.append((papers[paper], reviewers[reviewer], float(score)))
    read_seconds = time.time() - started

    flow = min_cost_flow.SimpleMinCostFlow()
    source = 0
    sink = 1
    paper_node = lambda p: 2 + p
    reviewer_node = lambda r: 2 + len(papers) + r
    for p in range(len(papers)):
        flow.add_arc_with_capacity_and_unit_cost(source, paper_node(p), demand, 0)
    pair_arcs = []
    for p, r, score in pairs:
        pair_arcs.append(flow.add_arc_with_capacity_and_unit_cost(paper_node(p), reviewer_node(r), 1, -round(score * 1e9)))
    for r in range(len(reviewers)):
        flow.add_arc_with_capacity_and_unit_cost(reviewer_node(r), sink, max_load, 0)
    flow.set_node_supply(source, demand * len(papers))
    flow.set_node_supply(sink, -demand * len(papers))
    solve_started = time.time()
    status = flow.solve()
    solve_seconds = time.time() - solve_started
    objective = sum(score for arc, (_, _, score) in zip(pair_arcs, pairs) if flow.flow(arc) > 0)
    assigned = sum(1 for arc in pair_arcs if flow.flow(arc) > 0)
    print(json.dumps({
        "status": "optimal" if status == flow.OPTIMAL else str(status),
        "objective": objective,
        "assigned": assigned,
        "integer_cost": flow.optimal_cost(),
        "read_seconds": round(read_seconds, 3),
        "solve_seconds": round(solve_seconds, 3),
    }))


if __name__ == "__main__":
    main()
