#!/usr/bin/env python3
"""Generate core/endpoints_table.c, the endpoint security table.

    scripts/gen_endpoints.py [--input TSV] [--output FILE]
    scripts/gen_endpoints.py --check FILE [--input TSV]

The input is ../shared/reference/datadog-operations.tsv (beside the
repository): one Datadog API operation a line, columns version, method,
path template, operation id and the flat security list the official
clients send by ("apiKeyAuth,appKeyAuth,AuthZ", "(empty)" for none).

The output is a path trie for core/endpoints.c: nodes, the literal edges
of each node sorted by length then bytes (binary search), one template
child per node,
and the operations ending at each node sorted by method.  The same input
always gives the same bytes.

--check regenerates in memory and compares with FILE: exit 0 when equal,
1 when they differ (the drift test), 77 when the input is absent (the test
is then skipped; ctest's SKIP_RETURN_CODE).

Standard library only.
"""

import argparse
import hashlib
import os
import sys

SCRIPT_DIR = os.path.dirname(os.path.abspath(__file__))
DEFAULT_INPUT = os.path.normpath(
    os.path.join(SCRIPT_DIR, "..", "..", "shared", "reference",
                 "datadog-operations.tsv"))
HEADER = ["version", "method", "path", "operationId", "auth"]
METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"]
# OpenAPI scheme name -> the generated file's short macro for its bit.
SCHEMES = {"apiKeyAuth": "KEY", "appKeyAuth": "APP", "bearerAuth": "BEARER",
           "AuthZ": "AUTHZ"}
BITS = ["KEY", "APP", "BEARER", "AUTHZ"]  # CREDPLUG_AUTH_* bit order
PARAM = "{}"  # trie key of a node's template child


class TableError(Exception):
    pass


class Op:
    def __init__(self, line, method, path, auth):
        self.line = line
        self.method = method
        self.path = path
        self.auth = auth  # sorted macro names


class Node:
    def __init__(self):
        self.children = {}  # literal segment (bytes) or PARAM -> Node
        self.ops = []
        self.index = 0


def parse_auth(text, where):
    if text == "(empty)":
        return []
    names = text.split(",")
    for n in names:
        if n not in SCHEMES:
            raise TableError("%s: unknown security scheme %r" % (where, n))
    return sorted({SCHEMES[n] for n in names}, key=BITS.index)


LITERAL = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
              "0123456789-._~:@")  # RFC 3986 unreserved, ':' and '@'
NAME = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")


def segments(path, where):
    """The trie keys of a path template: bytes for a literal segment,
    PARAM for a whole-segment `{name}`."""
    if not path.startswith("/"):
        raise TableError("%s: path %r does not start with '/'" % (where, path))
    if path == "/":
        return []
    out = []
    for seg in path[1:].split("/"):
        if len(seg) > 2 and seg[0] == "{" and seg[-1] == "}" \
                and set(seg[1:-1]) <= NAME:
            out.append(PARAM)
        elif seg in ("", ".", "..") or not set(seg) <= LITERAL:
            # Also refuses partial templates ("v{n}"): the matcher takes a
            # template only as a whole segment.
            raise TableError("%s: segment %r of %r is neither a literal "
                             "nor a whole {name}" % (where, seg, path))
        else:
            out.append(seg.encode("ascii"))
    return out


def read_ops(path):
    ops = []
    with open(path, "r", encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].rstrip("\r").split("\t") != HEADER:
        raise TableError("%s: the header is not %s" % (path, "\t".join(HEADER)))
    for no, raw in enumerate(lines[1:], start=2):
        where = "%s:%d" % (os.path.basename(path), no)
        cols = raw.rstrip("\r").split("\t")
        if len(cols) != len(HEADER):
            raise TableError("%s: %d columns, expected %d"
                             % (where, len(cols), len(HEADER)))
        if cols[1] not in METHODS:
            raise TableError("%s: unknown method %r" % (where, cols[1]))
        ops.append(Op(no, cols[1], cols[2], parse_auth(cols[4], where)))
    return ops


def build_trie(ops):
    root = Node()
    seen = {}
    for op in ops:
        where = "line %d" % op.line
        node = root
        shape = []
        for seg in segments(op.path, where):
            node = node.children.setdefault(seg, Node())
            shape.append(seg)
        key = (op.method, tuple(shape))
        if key in seen:
            # Same method, same shape (template names aside): the URL could
            # not tell the two apart.
            raise TableError("line %d: %s %s has the shape of line %d (%s)"
                             % (op.line, op.method, op.path, seen[key].line,
                                seen[key].path))
        seen[key] = op
        node.ops.append(op)
    return root


def edge_key(item):
    """Literal edges by length, then bytes (the lookup compares lengths
    first); the template child last."""
    seg = item[0]
    if seg == PARAM:
        return (1, 0, b"")
    return (0, len(seg), seg)


def number(root):
    """Breadth-first order, children in edge_key order."""
    order, queue = [], [root]
    while queue:
        node = queue.pop(0)
        node.index = len(order)
        order.append(node)
        queue.extend(child for _, child in
                     sorted(node.children.items(), key=edge_key))
    return order


def mask_expr(auth):
    return " | ".join(auth) if auth else "0"


def ordered_ops(order):
    return [op for node in order
            for op in sorted(node.ops, key=lambda o: METHODS.index(o.method))]


def build_pool(ops):
    """Every distinct path once, NUL-terminated, in the order of the ops
    table; edges point into these paths for their segment's bytes."""
    offsets, pieces, size = {}, [], 0
    for op in ops:
        if op.path not in offsets:
            offsets[op.path] = size
            pieces.append(op.path)
            size += len(op.path) + 1
    return offsets, pieces, size


def first_op(node):
    """An operation at or below `node` (every leaf has one)."""
    while not node.ops:
        node = next(iter(node.children.values()))
    return node.ops[0]


def witness(root, offsets):
    """Where each literal edge's segment sits in the pool: inside the path
    of an operation below it, as segment k of that path is the edge into
    depth k + 1."""
    where = {}
    stack = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        for seg, child in node.children.items():
            stack.append((child, depth + 1))
            if seg == PARAM:
                continue
            path = first_op(child).path
            start = 0
            for _ in range(depth + 1):
                start = path.index("/", start) + 1
            assert path[start:start + len(seg)] == seg.decode("ascii")
            where[id(child)] = offsets[path] + start
    return where


def render(ops, order, source_name, digest):
    out = []
    w = out.append
    rows = ordered_ops(order)
    offsets, pieces, size = build_pool(rows)
    seg_at = witness(order[0], offsets)
    w("/*")
    w(" * GENERATED FILE, DO NOT EDIT: written by scripts/gen_endpoints.py")
    w(" * from ../shared/reference/%s" % source_name)
    w(" * (%d operations), sha256" % len(ops))
    w(" * %s." % digest)
    w(" * Regenerate: python3 scripts/gen_endpoints.py "
      "--output core/endpoints_table.c")
    w(" * The drift test (ctest -R endpoints.drift) fails when this file and")
    w(" * the table disagree.")
    w(" *")
    w(" * SPDX-License-Identifier: MIT")
    w(" */")
    w('#include "endpoints.h"')
    w("")
    w("/* clang-format off */")
    for name, macro in (("KEY", "API_KEY"), ("APP", "APP_KEY"),
                        ("BEARER", "BEARER"), ("AUTHZ", "AUTHZ")):
        w("#define %s CREDPLUG_AUTH_%s" % (name, macro))
    w("")
    w("/* Every path template once (%d bytes); offsets below point here. */"
      % size)
    w("const char cp_ep_text[] =")
    for i, piece in enumerate(pieces):
        w('\t"%s%s' % (piece, '\\0"' if i + 1 < len(pieces) else '";'))
    w("")
    w("/* {path, method, security list}, grouped by trie node */")
    w("const struct cp_ep_op cp_ep_ops[] = {")
    op_first, n = {}, 0
    for node in order:
        op_first[node.index] = n
        n += len(node.ops)
    for op in rows:
        w("\t{%d, CP_EP_%s, %s}, /* %s */"
          % (offsets[op.path], op.method, mask_expr(op.auth), op.path))
    w("};")
    w("")
    w("/* {segment, its length, child node}, sorted per node by length, "
      "then bytes */")
    w("const struct cp_ep_edge cp_ep_edges[] = {")
    edge_first, n = {}, 0
    for node in order:
        edge_first[node.index] = n
        for seg, child in sorted(node.children.items(), key=edge_key):
            if seg != PARAM:
                w("\t{%d, %d, %d}, /* %s */" % (seg_at[id(child)], len(seg),
                                               child.index,
                                               seg.decode("ascii")))
                n += 1
    w("};")
    w("")
    w("/* {first edge, edges, template child (0: none), first op, ops} */")
    w("const struct cp_ep_node cp_ep_nodes[] = {")
    for node in order:
        literal = sum(1 for s in node.children if s != PARAM)
        param = node.children.get(PARAM)
        w("\t{%d, %d, %d, %d, %d}, /* %d */"
          % (edge_first[node.index], literal,
             param.index if param else 0, op_first[node.index],
             len(node.ops), node.index))
    w("};")
    w("")
    w("const size_t cp_ep_n_ops = sizeof(cp_ep_ops) / sizeof(cp_ep_ops[0]);")
    w("const size_t cp_ep_n_nodes = sizeof(cp_ep_nodes) / "
      "sizeof(cp_ep_nodes[0]);")
    w("/* clang-format on */")
    return "\n".join(out) + "\n"


def generate(input_path):
    with open(input_path, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    ops = read_ops(input_path)
    root = build_trie(ops)
    order = number(root)
    if len(order) > 65535 or len(ops) > 65535:
        raise TableError("the table outgrew the 16-bit indices of "
                         "struct cp_ep_node")
    if max(len(n.ops) for n in order) > 255:
        raise TableError("more than 255 operations on one path")
    return render(ops, order, os.path.basename(input_path), digest)


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--input", default=DEFAULT_INPUT,
                    help="the operations table (default: %(default)s)")
    ap.add_argument("--output", help="write here (default: standard output)")
    ap.add_argument("--check", metavar="FILE",
                    help="compare with FILE instead of writing")
    args = ap.parse_args(argv)
    if args.check and not os.path.exists(args.input):
        print("SKIP: the endpoint table drift test needs %s "
              "(../shared/reference/ beside the repository, or "
              "-DCREDPLUG_SHARED_DIR=DIR)" % args.input)
        return 77
    try:
        text = generate(args.input)
    except (OSError, TableError) as e:
        print("gen_endpoints: %s" % e, file=sys.stderr)
        return 2
    if args.check:
        try:
            with open(args.check, "r", encoding="utf-8", newline="") as f:
                current = f.read()
        except OSError as e:
            print("gen_endpoints: %s" % e, file=sys.stderr)
            return 2
        if current == text:
            print("%s matches %s" % (args.check, args.input))
            return 0
        print("%s is out of date with %s; run: python3 "
              "scripts/gen_endpoints.py --input %s --output %s"
              % (args.check, args.input, args.input, args.check))
        return 1
    if args.output:
        tmp = args.output + ".tmp"
        with open(tmp, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        os.replace(tmp, args.output)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
