#!/usr/bin/env python3
"""The core's dependency graph has no cycle (issue 12).

    scripts/check_graph.py CORE_DIR OBJECT...

Calls: for each object file of the core (nm), the other objects whose
symbols it uses; includes: the private headers of CORE_DIR and the ones
they include.  Prints each cycle (with the symbols or headers that make it)
and exits 1 when there is one.  Inline functions are part of their caller's
object, so only real calls count.
"""
import os
import re
import subprocess
import sys


def sccs(graph):
    """Strongly connected components of more than one node (Tarjan)."""
    index, low, stack, on, out, n = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = n[0]
        n[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def call_graph(objects):
    defs, uses = {}, {}
    for o in objects:
        name = os.path.basename(o)
        name = name[:-2] if name.endswith('.o') else name
        text = subprocess.run(['nm', o], capture_output=True, text=True,
                              check=True).stdout
        d, u = set(), set()
        for line in text.splitlines():
            p = line.split()
            if len(p) == 3 and p[1] in 'TDRBC':
                d.add(p[2])
            elif len(p) == 2 and p[0] == 'U':
                u.add(p[1])
        defs[name], uses[name] = d, u
    owner = {s: f for f, ds in defs.items() for s in ds}
    graph = {f: {owner[s] for s in uses[f]
                 if s in owner and owner[s] != f} for f in defs}
    why = {(a, b): sorted(s for s in uses[a] if owner.get(s) == b)
           for a in graph for b in graph[a]}
    return graph, why


def include_graph(core):
    graph, why = {}, {}
    for h in os.listdir(core):
        if not h.endswith('.h'):
            continue
        with open(os.path.join(core, h)) as f:
            inc = set(re.findall(r'^#include "([^"/]+)"', f.read(), re.M))
        graph[h] = {i for i in inc if os.path.exists(os.path.join(core, i))}
        for i in graph[h]:
            why[(h, i)] = ['#include']
    return graph, why


def report(kind, graph, why):
    bad = sccs(graph)
    for comp in bad:
        print('%s cycle: %s' % (kind, ' '.join(comp)))
        for a in comp:
            for b in comp:
                if b in graph[a]:
                    print('  %s -> %s: %s' % (a, b, ', '.join(why[(a, b)])))
    return len(bad)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    core, objects = sys.argv[1], sys.argv[2:]
    n = report('call', *call_graph(objects))
    n += report('include', *include_graph(core))
    print('%d objects, %d cycles' % (len(objects), n))
    return 1 if n else 0


if __name__ == '__main__':
    sys.exit(main())
