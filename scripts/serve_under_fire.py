#!/usr/bin/env python3
"""`cria serve` under fire, on loopback (scripts/serve-under-fire runs it):

    serve_under_fire.py CRIA SCHEMATHESIS SAMPLE OUT.md

Starts `CRIA serve` on a free port of 127.0.0.1 and, one after another, bounded in count and
time: schemathesis against /openapi.json; malformed multipart and HTTP bodies; slow clients
(one byte a second); 1,000 connections opened and left idle. Between and during them,
/healthz must answer 200 within 2 s, no answer may be a 5xx other than 503, and the server's
resident memory is read from /proc. Prints the table and writes it to OUT.md; exits 1 if
any check failed.
"""
import http.client
import json
import os
import resource
import socket
import subprocess
import sys
import threading
import time

cria, schemathesis, sample, out_path = sys.argv[1:5]
failures = []
rows = []


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


PORT = free_port()
server = subprocess.Popen([cria, "serve", "--port", str(PORT), "--jobs", "2"], stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE)


def rss_mb(field="VmRSS"):
    for line in open("/proc/%d/status" % server.pid):
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def healthz(timeout=2.0):
    """Seconds /healthz took, or None when it did not answer 200 in time."""
    start = time.monotonic()
    try:
        connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=timeout)
        connection.request("GET", "/healthz")
        response = connection.getresponse()
        body = response.read()
        connection.close()
        if response.status == 200 and json.loads(body).get("status") == "ok":
            return time.monotonic() - start
    except (OSError, ValueError, http.client.HTTPException):
        pass
    return None


def raw_exchange(data, timeout=10.0):
    """Sends raw bytes, returns the status line's code (0 when closed without one)."""
    with socket.create_connection(("127.0.0.1", PORT), timeout=timeout) as s:
        s.sendall(data)
        try:
            s.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        answer = b""
        try:
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                answer += chunk
        except (socket.timeout, ConnectionResetError):
            pass
    parts = answer.split(b" ", 2)
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0


def record(name, detail, ok, note=""):
    rows.append((name, detail, "ok" if ok else "**failed**", note))
    if not ok:
        failures.append(name)
    print("serve-under-fire: %s: %s (%s)%s" % (name, detail, "ok" if ok else "FAILED", " " + note if note else ""),
          file=sys.stderr)


for _ in range(300):   # up to 30 s for the pack to load
    if healthz(0.5) is not None:
        break
    if server.poll() is not None:
        sys.exit("serve-under-fire: cria serve exited: " + server.stderr.read().decode(errors="replace"))
    time.sleep(0.1)
idle_rss = rss_mb()
record("start", "/healthz answers; %.1f MB resident with the pack loaded" % idle_rss, healthz() is not None)

# --- schemathesis against the OpenAPI document ---------------------------------------------
start = time.monotonic()
run = subprocess.run([schemathesis, "run", "http://127.0.0.1:%d/openapi.json" % PORT, "--max-examples", "30",
                      "--checks", "not_a_server_error", "--request-timeout", "20", "--suppress-health-check", "all",
                      "--max-time", "120"],
                     capture_output=True, text=True, timeout=600, cwd=os.environ.get("TMPDIR", "/tmp"))
summary = [line for line in run.stdout.splitlines() if line.strip()][-3:]
record("schemathesis", "`not_a_server_error` on every operation, 30 examples each, %.0f s" % (time.monotonic() - start),
       run.returncode == 0 and healthz() is not None, "; ".join(s.strip() for s in summary))
if run.returncode != 0:
    sys.stderr.write(run.stdout[-4000:])

# --- malformed bodies ----------------------------------------------------------------------
document = open(sample, "rb").read()
head = ("POST /api/check HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n").encode()
def multipart(boundary, body, length=None, content_type=None):
    content_type = content_type or "multipart/form-data; boundary=" + boundary
    return head + ("Content-Type: %s\r\nContent-Length: %d\r\n\r\n" % (content_type, len(body) if length is None else length)).encode() + body
part = b"--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"p.xml\"\r\nContent-Type: application/xml\r\n\r\n"
malformed = {
    "no closing boundary": multipart("b", part + document),
    "boundary never used": multipart("zzz", part + document + b"\r\n--b--\r\n"),
    "no boundary parameter": multipart("", part + document + b"\r\n--b--\r\n", content_type="multipart/form-data"),
    "headers of a part never end": multipart("b", b"--b\r\nContent-Disposition: form-data; name=\"file\"" + b"x" * 100000),
    "a part without a name": multipart("b", b"--b\r\nContent-Disposition: form-data\r\n\r\nabc\r\n--b--\r\n"),
    "a file name of invalid UTF-8 and ../": multipart("b", part.replace(b"p.xml", b"../\xff\xfe.xml") + document + b"\r\n--b--\r\n"),
    "10,000 empty parts": multipart("b", b"--b\r\n\r\n\r\n" * 10000 + b"--b--\r\n"),
    "body shorter than Content-Length": multipart("b", part + document[:100], length=len(part) + len(document)),
    "Content-Length not a number": head + b"Content-Type: multipart/form-data; boundary=b\r\nContent-Length: lots\r\n\r\n" + part,
    "chunked body cut short": head + b"Content-Type: multipart/form-data; boundary=b\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n--b\r\n" + b"ffff\r\n" + part,
    "a 200 kB header": head + b"X-Junk: " + b"a" * 200000 + b"\r\n\r\n",
    "not HTTP at all": b"\x00\xff" * 5000,
}
statuses = {}
for name, data in malformed.items():
    try:
        statuses[name] = raw_exchange(data)
    except OSError as error:
        statuses[name] = 0
bad = {name: status for name, status in statuses.items() if status >= 500 and status != 503}
record("malformed bodies", "%d kinds: %s" % (len(malformed), ", ".join("%s %s" % (n, s or "closed") for n, s in statuses.items())),
       not bad and healthz() is not None)

# --- slow clients --------------------------------------------------------------------------
slow_request = multipart("b", part + b"<p>children</p>\r\n--b--\r\n")[:40]
slow_seconds = 20
def slow_client(result, index):
    try:
        with socket.create_connection(("127.0.0.1", PORT), timeout=5) as s:
            for byte in slow_request[:slow_seconds]:
                s.sendall(bytes([byte]))
                time.sleep(1)
            result[index] = "held %d s" % slow_seconds
    except OSError as error:
        result[index] = "closed by the server (%s)" % type(error).__name__
slow_results = [None] * 20
threads = [threading.Thread(target=slow_client, args=(slow_results, i)) for i in range(len(slow_results))]
for thread in threads:
    thread.start()
latencies = []
while any(thread.is_alive() for thread in threads):
    latencies.append(healthz())
    time.sleep(0.5)
for thread in threads:
    thread.join()
answered = [l for l in latencies if l is not None]
record("slow clients", "20 clients sending a request one byte a second for %d s; /healthz answered %d of %d times, slowest %.0f ms"
       % (slow_seconds, len(answered), len(latencies), 1000 * max(answered or [0])),
       len(answered) == len(latencies), "the slow clients: " + ", ".join(sorted(set(slow_results))))

# --- 1,000 idle connections -----------------------------------------------------------------
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, max(soft, 4096)), hard))
idle = []
refused = 0
for _ in range(1000):
    try:
        idle.append(socket.create_connection(("127.0.0.1", PORT), timeout=5))
    except OSError:
        refused += 1
time.sleep(2)
during = [healthz() for _ in range(10)]
check = None
try:
    connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
    connection.request("POST", "/api/check?name=p.xml", body=document, headers={"Content-Type": "application/xml"})
    check = connection.getresponse().status
    connection.close()
except (OSError, http.client.HTTPException):
    pass
rss_idle_connections = rss_mb()
for s in idle:
    s.close()
ok_during = [l for l in during if l is not None]
record("1,000 idle connections", "%d opened (%d refused); /healthz answered %d of 10 times, slowest %.0f ms; a check answered %s; %.1f MB resident with them open"
       % (len(idle), refused, len(ok_during), 1000 * max(ok_during or [0]), check, rss_idle_connections),
       len(ok_during) == 10 and check == 200)

time.sleep(1)
peak = rss_mb("VmHWM")
record("memory", "%.1f MB resident at the start, %.1f MB at the end, %.1f MB at the peak" % (idle_rss, rss_mb(), peak),
       peak < 200 and healthz() is not None)

server.terminate()
try:
    status = server.wait(timeout=30)
except subprocess.TimeoutExpired:
    server.kill()
    status = "killed"
record("stop", "SIGTERM: exit %s" % status, status == 0)

lines = ["| step | what was done and seen | verdict | notes |", "|---|---|---|---|"]
lines += ["| %s | %s | %s | %s |" % row for row in rows]
text = "\n".join(lines) + "\n"
open(out_path, "w").write(text)
sys.stdout.write(text)
sys.exit(1 if failures else 0)
