#!/usr/bin/env python3
"""Helpers for scripts/bench: builds the benchmark corpora and renders the results table.

    bench_support.py corpus OUT_DIR SOURCE...   build bench/corpus (xml/, json/, big.xml, lists)
    bench_support.py json-baseline LIST        parse every JSON file in LIST (the baseline)
    bench_support.py table RESULTS_DIR OUT.md  print the table and write it to OUT.md
    bench_support.py scale-corpus OUT_DIR COUNT SOURCE...
                                               COUNT documents for `scripts/bench scale`
    bench_support.py scale-check OUT_DIR COUNT REPORT.md TIME_FILE STATUS RESULTS.json
                                               account for every input of a scale run
    bench_support.py scale-table RESULTS_DIR OUT.md COUNT...
"""
import glob
import json
import os
import re
import shutil
import sys
import xml.sax

MB = 1000 * 1000
CORPUS_BYTES = 100 * MB          # each batch corpus is at least this big
BIG_BYTES = 50 * MB              # the single large document
# cria refuses documents with more than 16 MiB of character data (ReadLimits.maxTextBytes),
# so the large document keeps its share of text below this.
BIG_TEXT_SHARE = 0.30


def sources(roots, extensions):
    found = []
    for root in roots:
        for path in glob.glob(os.path.join(root, "**", "*"), recursive=True):
            if os.path.isfile(path) and os.path.splitext(path)[1].lower() in extensions:
                found.append(path)
    return sorted(set(found))


def flat_name(path):
    return re.sub(r"[^A-Za-z0-9._-]+", "_", os.path.normpath(path).lstrip("./"))


def repeat_into(files, folder, target):
    """Copies `files` round after round (copyNNN/ prefix) until `target` bytes are there."""
    if os.path.isdir(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    listed, total, round_number = [], 0, 0
    while total < target:
        round_dir = os.path.join(folder, "copy%03d" % round_number)
        os.makedirs(round_dir)
        for source in files:
            destination = os.path.join(round_dir, flat_name(source))
            shutil.copyfile(source, destination)
            listed.append(os.path.abspath(destination))
            total += os.path.getsize(source)
        round_number += 1
    return listed, total


class TextCounter(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.bytes = 0

    def characters(self, content):
        self.bytes += len(content.encode("utf-8"))

    ignorableWhitespace = characters


def text_bytes(path):
    counter = TextCounter()
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, False)
    parser.setContentHandler(counter)
    parser.parse(path)
    return counter.bytes


PROLOG = re.compile(rb"\A(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE(?:[^\[>]|\[.*?\])*>)*", re.S)


def root_element(path):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    return data[PROLOG.match(data).end():].rstrip()


def build_big(files, destination):
    """One well-formed document of whole corpus documents under one root, at least
    BIG_BYTES, whose character data stays below BIG_TEXT_SHARE of its size."""
    parts = []
    for path in files:
        try:
            parts.append((root_element(path), text_bytes(path)))
        except Exception:
            continue
    leanest = min(parts, key=lambda part: part[1] / max(len(part[0]), 1))
    size, text = 0, 0
    with open(destination, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="UTF-8"?>\n<benchCorpus>\n')
        while size < BIG_BYTES:
            for body, body_text in parts:
                if (text + body_text) > BIG_TEXT_SHARE * (size + len(body)):
                    body, body_text = leanest
                out.write(body + b"\n")
                size += len(body) + 1
                text += body_text + 1
                if size >= BIG_BYTES:
                    break
        out.write(b"</benchCorpus>\n")
    return size, text


def write_list(path, entries):
    with open(path, "w") as out:
        out.write("".join(entry + "\n" for entry in entries))


def corpus(out_dir, roots):
    stamp = os.path.join(out_dir, "STAMP")
    wanted = "v1 %d %d %s\n" % (CORPUS_BYTES, BIG_BYTES, " ".join(os.path.abspath(r) for r in roots))
    if os.path.exists(stamp) and open(stamp).read() == wanted:
        print("bench corpus: up to date in %s" % out_dir, file=sys.stderr)
        return
    os.makedirs(out_dir, exist_ok=True)
    xml_files = sources(roots, {".xml"})
    json_files = sources(roots, {".json"})
    if not xml_files or not json_files:
        sys.exit("bench corpus: no XML or JSON sources under %s" % " ".join(roots))
    xml_list, xml_bytes = repeat_into(xml_files, os.path.join(out_dir, "xml"), CORPUS_BYTES)
    json_list, json_bytes = repeat_into(json_files, os.path.join(out_dir, "json"), CORPUS_BYTES)
    write_list(os.path.join(out_dir, "xml.list"), xml_list)
    write_list(os.path.join(out_dir, "xml-10x.list"), xml_list * 10)
    write_list(os.path.join(out_dir, "json.list"), json_list)
    big_bytes, big_text = build_big(xml_files, os.path.join(out_dir, "big.xml"))
    print("bench corpus: %d XML files (%.1f MB), %d JSON files (%.1f MB), big.xml %.1f MB (%.1f MB text)"
          % (len(xml_list), xml_bytes / MB, len(json_list), json_bytes / MB, big_bytes / MB, big_text / MB),
          file=sys.stderr)
    with open(stamp, "w") as out:
        out.write(wanted)


def json_baseline(list_path):
    for line in open(list_path):
        path = line.rstrip("\n")
        if path:
            with open(path, "rb") as f:
                json.load(f)


# ---------------------------------------------------------------------------- table

def load(results, name):
    path = os.path.join(results, name)
    return json.load(open(path)) if os.path.exists(path) else None


def mean(results, name, index=0):
    data = load(results, name)
    return data["results"][index]["mean"] if data and index < len(data["results"]) else None


def fmt_s(seconds):
    if seconds is None:
        return "n/a"
    return "%.3f s" % seconds if seconds < 10 else "%.1f s" % seconds


def fmt_ratio(value):
    return "n/a" if value is None else "%.2f×" % value


def verdict(value, limit):
    if value is None:
        return "n/a"
    return "met" if value <= limit else "**not met** (%.2f× the limit)" % (value / limit)


def table(results, out_path):
    info = json.load(open(os.path.join(results, "info.json")))
    lines = ["# Benchmark results", ""]
    lines.append("Produced by `scripts/bench` on %s." % info["date"])
    lines.append("")
    lines.append("Machine: %s; %s cores (`nproc`); %s memory; load average before the run %s, after %s."
                 % (info["cpu"], info["nproc"], info["memory"], info["load_before"], info["load_after"]))
    lines.append("cria %s, rule pack `rules/` (%s rules); xmllint %s; Python %s. Wall times are hyperfine means "
                 "(%s runs of each batch, 30 of each check, after a warm-up, file cache warm); memory is `/usr/bin/time -v` "
                 "maximum resident set size, the highest of %s runs (of the 1× batch, of ten times as many)."
                 % (info["commit"], info["rules"], info["xmllint"], info["python"], info["runs"], info.get("memory_runs", 1)))
    lines.append("")

    def size_line(kind):
        return info["%s_files" % kind], info["%s_bytes" % kind] / MB

    rows = []
    target_rows = []
    for kind, baseline_name in (("xml", "`xmllint --noout` (1 process, 1 core)"), ("json", "`python3 json.load` (1 process, 1 core)")):
        files, megabytes = size_line(kind)
        cria = mean(results, "batch-%s.json" % kind, 0)
        base = mean(results, "batch-%s.json" % kind, 1)
        if cria and base:
            ratio = cria / base
            rows.append("| %s batch, %d files, %.0f MB | `cria batch --jobs %s` | %s | %.1f MB/s | %.0f docs/s | %s | %s | %.1f MB/s | %.0f docs/s | %s |"
                        % (kind.upper(), files, megabytes, info["nproc"], fmt_s(cria), megabytes / cria, files / cria,
                           baseline_name, fmt_s(base), megabytes / base, files / base, fmt_ratio(ratio)))
            if kind == "xml":
                target_rows.append(("Batch wall time ≤ 1.0× `xmllint --noout` (XML)", fmt_ratio(ratio), verdict(ratio, 1.0)))
            else:
                target_rows.append(("JSON batch against the parse-only baseline (no target set)", fmt_ratio(ratio), "—"))
    check = mean(results, "check.json", 0)
    check_base = mean(results, "check.json", 1)
    if check and check_base:
        rows.append("| single check, `%s` (%.1f kB), rule loading included | `cria check` | %s | | | `xmllint --noout` | %s | | | %s |"
                    % (info["sample"], info["sample_bytes"] / 1000, fmt_s(check), fmt_s(check_base), fmt_ratio(check / check_base)))
        target_rows.append(("Single check ≤ 5× `xmllint --noout` on the same file", fmt_ratio(check / check_base), verdict(check / check_base, 5.0)))

    with_option = mean(results, "check.json", 2)
    if with_option and check_base:
        # The everyday options are read without the argument parser too (see CheckRequest(arguments:)).
        rows.append("| the same as a CI job runs it, with an option (`--format sarif`) | `cria check --format sarif` | %s | | | `xmllint --noout` | %s | | | %s |"
                    % (fmt_s(with_option), fmt_s(check_base), fmt_ratio(with_option / check_base)))
        target_rows.append(("The same with an option (`--format sarif`)", fmt_ratio(with_option / check_base), verdict(with_option / check_base, 5.0)))
    uncached = mean(results, "check-uncached.json", 0)
    if uncached and check_base:
        rows.append("| the same, first run after a rule change (`--no-cache`: the YAML pack is parsed) | `cria check --no-cache` | %s | | | `xmllint --noout` | %s | | | %s |"
                    % (fmt_s(uncached), fmt_s(check_base), fmt_ratio(uncached / check_base)))

    lines.append("## Throughput and latency")
    lines.append("")
    lines.append("| workload | cria | wall | MB/s | docs/s | baseline | wall | MB/s | docs/s | cria ÷ baseline |")
    lines.append("|---|---|---|---|---|---|---|---|---|---|")
    lines += rows
    lines.append("")

    def count(name):
        path = os.path.join(results, name + ".instructions")
        text = open(path).read().strip() if os.path.exists(path) else ""
        return int(text) if text else None

    instruction_rows = []
    for label, cria_name, base_name in (
            ("single check, `%s`, rule pack cached" % info["sample"], "check-cria", "check-xmllint"),
            ("XML batch on one core (`--jobs 1`), one round of the corpus, every distinct file once (%d files, %.1f MB)"
             % (info["sample_files"], info["sample_list_bytes"] / MB), "batch-cria", "batch-xmllint")):
        cria_count, base_count = count(cria_name), count(base_name)
        if cria_count and base_count:
            instruction_rows.append("| %s | %s | %s | %s |" % (label, "{:,}".format(cria_count), "{:,}".format(base_count), fmt_ratio(cria_count / base_count)))
    if instruction_rows:
        lines.append("## Instructions")
        lines.append("")
        lines.append("Counted by `valgrind --tool=callgrind`, which gives the same count however loaded the machine is. "
                     "The batch target (both cores against one) allows cria about 2× xmllint's instructions.")
        lines.append("")
        lines.append("| workload | cria | `xmllint --noout` | cria ÷ xmllint |")
        lines.append("|---|---|---|---|")
        lines += instruction_rows
        lines.append("")

    memory = load(results, "memory.json") or {}
    lines.append("## Memory and scaling")
    lines.append("")
    lines.append("| run | wall (median) | peak RSS (highest) | peak RSS of each run |")
    lines.append("|---|---|---|---|")
    for key, label in (("batch1x", "XML batch 1× (%d files, %.0f MB)" % size_line("xml")),
                       ("batch10x", "XML batch 10× (the 1× list ten times, %.0f MB)" % (10 * info["xml_bytes"] / MB)),
                       ("big", "`cria check` on one %.0f MB XML document" % (info["big_bytes"] / MB))):
        if key in memory:
            entry = memory[key]
            note = "" if entry["status"] in (0, 1) else " (exit %d)" % entry["status"]
            runs = entry.get("rss_kb_runs", [entry["rss_kb"]])
            each = ", ".join("%.1f" % (kb / 1024) for kb in runs)
            if len(runs) > 5:
                each = "%d runs: lowest %.1f, median %.1f" % (len(runs), min(runs) / 1024, sorted(runs)[len(runs) // 2] / 1024)
            lines.append("| %s | %s%s | %.1f MB | %s MB |" % (label, fmt_s(entry["wall"]), note, entry["rss_kb"] / 1024, each))
    jobs1 = mean(results, "jobs.json", 0)
    jobs2 = mean(results, "jobs.json", 1)
    lines.append("")
    if "batch1x" in memory and "batch10x" in memory:
        m1, m10 = memory["batch1x"], memory["batch10x"]
        time_ratio = m10["wall"] / m1["wall"]
        rss_ratio = m10["rss_kb"] / m1["rss_kb"]
        lines.append("- 10× corpus: %.2f× the wall time (linear is 10×), %.2f× the peak RSS." % (time_ratio, rss_ratio))
        worst = max(m1["rss_kb"], m10["rss_kb"]) / 1024
        target_rows.append(("Batch peak RSS ≤ 100 MB", "%.1f MB" % worst, verdict(worst / 100.0, 1.0)))
        target_rows.append(("10× corpus peak RSS ≤ 1.1× the 1× corpus", fmt_ratio(rss_ratio), verdict(rss_ratio, 1.1)))
        target_rows.append(("10× corpus wall time linear (≈ 10×)", fmt_ratio(time_ratio), "met" if time_ratio <= 11.0 else "**not met**"))
    if jobs1 and jobs2:
        lines.append("- XML batch with `--jobs 1`: %s; with `--jobs 2`: %s; speed-up %.2f× on %s cores."
                     % (fmt_s(jobs1), fmt_s(jobs2), jobs1 / jobs2, info["nproc"]))
    lines.append("")
    lines.append("## Targets")
    lines.append("")
    lines.append("| target | measured | verdict |")
    lines.append("|---|---|---|")
    for name, measured, status in target_rows:
        lines.append("| %s | %s | %s |" % (name, measured, status))
    lines.append("")
    lines.append("Command: `scripts/bench` (see its header for the variables that change the run).")
    text = "\n".join(lines) + "\n"
    with open(out_path, "w") as out:
        out.write(text)
    sys.stdout.write(text)


SCALE_MAX_SOURCE = 200 * 1000   # sources up to this size, so that 100k documents stay near 3 GB
SCALE_BROKEN_EVERY = 50


def scale_corpus(out_dir, count, roots):
    """`count` documents copied from the XML and JSON sources (each up to 200 kB, so sizes
    vary from under 1 kB to 200 kB), a thousand to a folder, in a fixed pseudo-random
    order; every 50th is cut at 60% of its bytes, so that it cannot be read. Lists of the
    first N documents (N.list) share their mix with the whole."""
    import random
    stamp = os.path.join(out_dir, "STAMP")
    wanted = "v1 %d %d %s\n" % (count, SCALE_MAX_SOURCE, " ".join(os.path.abspath(r) for r in roots))
    if os.path.exists(stamp) and open(stamp).read() == wanted:
        print("bench scale: %d documents up to date in %s" % (count, out_dir), file=sys.stderr)
        return
    if os.path.isdir(out_dir):
        shutil.rmtree(out_dir)
    files = [f for f in sources(roots, {".xml", ".json"}) if os.path.getsize(f) <= SCALE_MAX_SOURCE]
    contents = [open(f, "rb").read() for f in files]
    rng = random.Random(22)
    listed, broken, total = [], [], 0
    for i in range(count):
        k = rng.randrange(len(files))
        folder = os.path.join(out_dir, "docs", "%03d" % (i // 1000))
        if i % 1000 == 0:
            os.makedirs(folder)
        path = os.path.abspath(os.path.join(folder, "%06d-%s" % (i, flat_name(files[k]))))
        data = contents[k]
        if i % SCALE_BROKEN_EVERY == SCALE_BROKEN_EVERY - 1:
            data = data[: len(data) * 6 // 10]
            broken.append(path)
        with open(path, "wb") as out:
            out.write(data)
        listed.append(path)
        total += len(data)
    write_list(os.path.join(out_dir, "all.list"), listed)
    write_list(os.path.join(out_dir, "broken.list"), broken)
    print("bench scale: %d documents (%.1f MB) from %d sources, %d cut short"
          % (count, total / MB, len(files), len(broken)), file=sys.stderr)
    with open(stamp, "w") as out:
        out.write(wanted)


def scale_list(out_dir, count):
    """The first `count` documents: their list file, paths, bytes and broken ones."""
    paths = [line.rstrip("\n") for line in open(os.path.join(out_dir, "all.list"))][:count]
    if len(paths) < count:
        sys.exit("bench scale: only %d documents in %s" % (len(paths), out_dir))
    wanted = set(paths)
    broken = [line.rstrip("\n") for line in open(os.path.join(out_dir, "broken.list")) if line.rstrip("\n") in wanted]
    list_path = os.path.join(out_dir, "%d.list" % count)
    write_list(list_path, paths)
    return list_path, paths, sum(os.path.getsize(p) for p in paths), broken


def markdown_rows(report, heading):
    """The first cell of each row of the table under `## heading`."""
    rows, inside = [], False
    for line in open(report, encoding="utf-8"):
        if line.startswith("## "):
            inside = line.strip() == "## " + heading
            continue
        if inside and line.startswith("| ") and not line.startswith("| File |"):
            rows.append(line[2:].split(" | ", 1)[0])
    return rows


def scale_check(out_dir, count, report, time_file, status, results):
    """Every input is in the Markdown report exactly once: read ones under Documents, the
    cut ones (and only they) under Inputs that could not be read."""
    _, paths, total_bytes, broken = scale_list(out_dir, count)
    documents = markdown_rows(report, "Documents")
    failed = markdown_rows(report, "Inputs that could not be read")
    problems = []
    if sorted(documents + failed) != sorted(paths):
        missing = set(paths) - set(documents) - set(failed)
        problems.append("%d inputs missing, %d rows in all for %d inputs" % (len(missing), len(documents) + len(failed), len(paths)))
    if sorted(failed) != sorted(broken):
        problems.append("%d failed, %d cut short" % (len(failed), len(broken)))
    fields = {}
    for line in open(time_file):
        key, _, value = line.strip().rpartition(": ")
        fields[key] = value
    h, m, sec = (["0", "0"] + fields["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":"))[-3:]
    wall = int(h) * 3600 + int(m) * 60 + float(sec)
    result = {"count": count, "bytes": total_bytes, "wall": wall, "rss_kb": int(fields["Maximum resident set size (kbytes)"]),
              "assessed": len(documents), "failed": len(failed), "broken": len(broken), "status": int(status),
              "accounted": not problems, "problems": problems}
    json.dump(result, open(results, "w"), indent=1)
    print("bench scale: %d documents, %.1f MB: %.1f s, %.1f MB/s, peak RSS %.1f MB, %d assessed + %d failed (%d cut short)%s"
          % (count, total_bytes / MB, wall, total_bytes / MB / wall, result["rss_kb"] / 1024, len(documents), len(failed),
             len(broken), "" if not problems else "; NOT ACCOUNTED FOR: " + "; ".join(problems)), file=sys.stderr)


def scale_table(results_dir, out_path, counts):
    runs = [json.load(open(os.path.join(results_dir, "scale-%d.json" % n))) for n in counts]
    smallest = runs[0]
    per_byte = smallest["wall"] / smallest["bytes"]
    lines = ["| documents | MB | cut short | wall | MB/s | docs/s | s per MB ÷ the %d run's | peak RSS | every input accounted for |" % smallest["count"],
             "|---|---|---|---|---|---|---|---|---|"]
    for run in runs:
        lines.append("| %s | %.1f | %d | %s | %.1f | %.0f | %.2f× | %.1f MB | %s |" % (
            format(run["count"], ","), run["bytes"] / MB, run["broken"], fmt_s(run["wall"]), run["bytes"] / MB / run["wall"],
            run["count"] / run["wall"], (run["wall"] / run["bytes"]) / per_byte, run["rss_kb"] / 1024,
            "yes (%s read, %s failed)" % (format(run["assessed"], ","), format(run["failed"], ",")) if run["accounted"]
            else "**no**: " + "; ".join(run["problems"])))
    text = "\n".join(lines) + "\n"
    with open(out_path, "w") as out:
        out.write(text)
    sys.stdout.write(text)


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "corpus":
        corpus(args[0], args[1:])
    elif command == "json-baseline":
        json_baseline(args[0])
    elif command == "table":
        table(args[0], args[1])
    elif command == "scale-corpus":
        scale_corpus(args[0], int(args[1]), args[2:])
    elif command == "scale-list":
        print(scale_list(args[0], int(args[1]))[0])
    elif command == "scale-check":
        scale_check(args[0], int(args[1]), args[2], args[3], args[4], args[5])
    elif command == "scale-table":
        scale_table(args[0], args[1], [int(n) for n in args[2:]])
    else:
        sys.exit(__doc__)
