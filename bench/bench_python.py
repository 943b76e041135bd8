#!/usr/bin/env python3
"""Per-request auth cost: the official Python client's own path against the
credplug binding's, side by side in one run (docs/performance.md).

  native    Endpoint.update_params_for_auth with keys and a PAT configured
            in the client's Configuration (what every request runs)
  credplug  the same call on a client under credplug.datadog.use_credplug
            (records the security list) plus the adapter's per-hop header
            step: credplug_headers_buf through ctypes, the header block
            split, the head assembled in the client's order

Operation: list_dashboards (apiKeyAuth, appKeyAuth, AuthZ: all three
headers).  Rounds alternate native/credplug; the medians and their ratio
are printed.

  CREDPLUG_LIBRARY=build-rel/core/libcredplug.so.0 \\
    python3 bench/bench_python.py --shared ../shared [--n 20000] [--rounds 15]
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "bindings", "python"))

K, A, T = "0123456789abcdef0123456789abcdef", "fedcba9876543210fedcba9876543210fedcba98", "ddpat_bench"
ORIGIN = "https://api.datadoghq.com"


def per_op(fn, n):
    t0 = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - t0) / n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--n", type=int, default=20000)
    ap.add_argument("--rounds", type=int, default=15)
    args = ap.parse_args()
    tarball = os.path.join(args.shared, "vendor", "datadog-api-client-python", "datadog_api_client-pr3243.tar.xz")
    tmp = tempfile.mkdtemp(prefix="credplug-bench-python-")
    subprocess.run(["tar", "-xJf", tarball, "-C", tmp], check=True)
    sys.path.insert(0, tmp)
    for k in ("DD_API_KEY", "DD_APP_KEY", "DD_BEARER_TOKEN", "DD_SITE"):
        os.environ.pop(k, None)

    import credplug
    import credplug.datadog as cd
    from datadog_api_client import ApiClient, Configuration
    from datadog_api_client.v1.api.dashboards_api import DashboardsApi

    conf = Configuration(api_key={"apiKeyAuth": K, "appKeyAuth": A}, access_token=T)
    native_ep = DashboardsApi(ApiClient(conf))._list_dashboards_endpoint

    ctx = credplug.Context(config_json="{}", flags=credplug.FLAG_NO_CONFIG_FILE)
    ctx.set("api_key", K)
    ctx.set("app_key", A)
    ctx.set("pat", T)
    client = ApiClient(Configuration())
    cd.use_credplug(client, ctx)
    ours_ep = DashboardsApi(client)._list_dashboards_endpoint
    transport = client.rest_client.pool_manager
    url = ORIGIN + "/api/v1/dashboard"

    def native():
        h = {"Accept": "application/json"}
        native_ep.update_params_for_auth(h, [])
        return h

    def ours():
        h = {"Accept": "application/json"}
        ours_ep.update_params_for_auth(h, [])
        return transport._hop_headers(h, "GET", url, h[cd._MARK], True)[0]

    want = {"Accept": "application/json", "DD-API-KEY": K, "DD-APPLICATION-KEY": A, "Authorization": "Bearer " + T}
    assert native() == want, native()
    assert ours() == want, ours()
    assert list(ours()) == list(native())  # the same header order

    nat, cp = [], []
    for _ in range(args.rounds):
        nat.append(per_op(native, args.n))
        cp.append(per_op(ours, args.n))
    mn, mc = statistics.median(nat), statistics.median(cp)
    print("python %s, %s, libcredplug %s" % (sys.version.split()[0], "datadog-api-client 2.51.0", credplug.library_version()))
    print("native   update_params_for_auth: %.2f us/request (min %.2f, max %.2f)" % (mn * 1e6, min(nat) * 1e6, max(nat) * 1e6))
    print("credplug adapter path:           %.2f us/request (min %.2f, max %.2f)" % (mc * 1e6, min(cp) * 1e6, max(cp) * 1e6))
    print("ratio credplug/native: %.2f (below 1: credplug is faster)" % (mc / mn))
    ctx.close()


if __name__ == "__main__":
    main()
