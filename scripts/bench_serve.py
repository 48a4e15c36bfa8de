"""`cria serve` under load, for scripts/bench: starts the server on a free loopback port,
sends a bounded number of uploads from a few concurrent connections (plain http.client
threads; nothing leaves 127.0.0.1), and reports requests per second, latency percentiles
and the server's peak resident memory (VmHWM of its process).

    python3 scripts/bench_serve.py CRIA OUT.json [REQUESTS] [CONCURRENCY]
"""
import http.client
import json
import pathlib
import re
import statistics
import subprocess
import sys
import threading
import time
import uuid

root = pathlib.Path(__file__).resolve().parent.parent
cria, out = sys.argv[1], pathlib.Path(sys.argv[2])
requests = int(sys.argv[3]) if len(sys.argv) > 3 else 400
concurrency = int(sys.argv[4]) if len(sys.argv) > 4 else 8

WORKLOADS = [
    # (name, path, file): a typical proposal through the API, and the Word document through the page.
    ("api-xml", "/api/check", root / "samples/dfe-school-attendance-mentors.xml"),
    ("page-docx", "/check", root / "Tests/CriaServerTests/Fixtures/kinship-allowance-pilot.docx"),
]


def multipart(path):
    boundary = "bench-" + uuid.uuid4().hex
    data = path.read_bytes()
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{path.name}\"\r\n"
            "Content-Type: application/octet-stream\r\n\r\n").encode() + data + f"\r\n--{boundary}--\r\n".encode()
    return f"multipart/form-data; boundary={boundary}", body


def peak_rss_kb(pid):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def run(port, path, content_type, body):
    latencies, failures = [], []
    lock = threading.Lock()
    remaining = [requests]

    def worker():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        while True:
            with lock:
                if remaining[0] == 0:
                    break
                remaining[0] -= 1
            start = time.perf_counter()
            connection.request("POST", path, body=body, headers={"Content-Type": content_type})
            response = connection.getresponse()
            response.read()
            elapsed = time.perf_counter() - start
            with lock:
                latencies.append(elapsed)
                if response.status != 200:
                    failures.append(response.status)
        connection.close()

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - start
    latencies.sort()
    return {
        "requests": len(latencies), "failures": len(failures), "concurrency": concurrency,
        "wall": wall, "rps": len(latencies) / wall,
        "p50_ms": 1000 * statistics.median(latencies),
        "p99_ms": 1000 * latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
        "max_ms": 1000 * latencies[-1],
    }


server = subprocess.Popen([cria, "serve", "--host", "127.0.0.1", "--port", "0"], stderr=subprocess.PIPE, text=True)
try:
    match = re.search(r"http://127\.0\.0\.1:(\d+)/", server.stderr.readline())
    if not match:
        sys.exit("bench: cria serve did not start")
    port = int(match.group(1))
    idle_kb = peak_rss_kb(server.pid)
    results = {"idle_rss_kb": idle_kb, "workloads": {}}
    for name, path, document in WORKLOADS:
        content_type, body = multipart(document)
        # A short warm-up, so the first requests' one-time costs are not in the figures.
        warm = requests
        requests = max(concurrency, requests // 20)
        run(port, path, content_type, body)
        requests = warm
        result = run(port, path, content_type, body)
        result.update({"document": str(document.relative_to(root)), "bytes": len(body), "path": path})
        results["workloads"][name] = result
        print(f"bench: serve {name}: {result['rps']:.0f} requests/s, p50 {result['p50_ms']:.1f} ms, "
              f"p99 {result['p99_ms']:.1f} ms, {result['failures']} failed", file=sys.stderr)
    results["peak_rss_kb"] = peak_rss_kb(server.pid)
    print(f"bench: serve peak RSS {results['peak_rss_kb'] / 1024:.1f} MB (idle {idle_kb / 1024:.1f} MB)", file=sys.stderr)
finally:
    server.terminate()
    server.wait(timeout=60)
out.write_text(json.dumps(results, indent=1))

# The Markdown section that scripts/bench appends to bench/RESULTS.md.
lines = [
    "", "## `cria serve` under load", "",
    f"{requests} uploads per workload from {concurrency} concurrent connections on 127.0.0.1 "
    f"(`scripts/bench_serve.py`, after a warm-up of {max(concurrency, requests // 20)}); the server checks on `--jobs` = all cores.", "",
    "| workload | document | requests/s | p50 | p99 | max | failed |",
    "|---|---|---|---|---|---|---|",
]
for name, result in results["workloads"].items():
    lines.append(f"| `POST {result['path']}` | `{result['document']}` ({result['bytes']:,} bytes) | {result['rps']:.0f} | "
                 f"{result['p50_ms']:.1f} ms | {result['p99_ms']:.1f} ms | {result['max_ms']:.1f} ms | {result['failures']} |")
lines += ["", f"Peak RSS of the server process over both workloads: {results['peak_rss_kb'] / 1024:.1f} MB "
          f"(idle after loading the pack: {results['idle_rss_kb'] / 1024:.1f} MB).", ""]
out.with_suffix(".md").write_text("\n".join(lines))
