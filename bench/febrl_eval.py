#!/usr/bin/python3
"""Scores `liaison dedup --json` on a Febrl data set against its labels.

    febrl_eval.py --csv dataset1.csv --dedup dedup.json [--time time.log] [--name NAME]

Truth: Febrl's rec_id. rec-N-org and rec-N-dup-K with the same N are the same
person, and every pair within such a group is a true pair. The records' rec_ids
are read from the CSV file (for the number of true pairs) and, for each
candidate pair, from the records' sources[].key in the dedup JSON (the import
keeps rec_id as the record's external key).

The dedup JSON is an array of {"a": RECORD, "b": RECORD, "score", "decision",
"reasons"}, RECORD with "sources": [{"source", "key"}]. Run the dedup with a
very low --min-score so that every candidate pair the blocking made is listed:
pairs completeness (true pairs among the candidates / all true pairs) is then
the blocking's recall, and precision, recall and F1 count decision "duplicate"
as the predicted match (and, on a second line, "possible" as well).

--time reads the output of /usr/bin/time -v for wall time and peak RSS.
Python's standard library only; run with /usr/bin/python3.
"""
import argparse
import csv
import json
import re
import sys
from collections import defaultdict

KEY = re.compile(r"^rec-(\d+)-(?:org|dup-\d+)$")


def group_of(key):
    m = KEY.match(key.strip())
    return int(m.group(1)) if m else None


def record_group(record):
    for source in record.get("sources", []):
        g = group_of(source.get("key", ""))
        if g is not None:
            return g
    return None


def read_truth(path):
    groups = defaultdict(int)
    records = 0
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f, skipinitialspace=True)
        header = [h.strip() for h in next(reader)]
        column = header.index("rec_id")
        for row in reader:
            if not row:
                continue
            records += 1
            g = group_of(row[column])
            if g is None:
                sys.exit(f"febrl_eval: {path}: rec_id '{row[column]}' is not rec-N-org or rec-N-dup-K")
            groups[g] += 1
    true_pairs = sum(n * (n - 1) // 2 for n in groups.values())
    return records, true_pairs


def read_time(path):
    wall = rss_kb = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.strip()
            if line.startswith("Elapsed (wall clock) time"):
                value = line.rsplit(": ", 1)[1]
                seconds = 0.0
                for part in value.split(":"):
                    seconds = seconds * 60 + float(part)
                wall = seconds
            elif line.startswith("Maximum resident set size"):
                rss_kb = int(line.rsplit(": ", 1)[1])
    return wall, rss_kb


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--csv", required=True)
    parser.add_argument("--dedup", required=True)
    parser.add_argument("--time")
    parser.add_argument("--name")
    parser.add_argument("--examples", type=int, default=5,
                        help="false positives and false negatives to print (default 5)")
    args = parser.parse_args()
    name = args.name or args.csv

    records, true_pairs = read_truth(args.csv)
    with open(args.dedup, encoding="utf-8") as f:
        pairs = json.load(f)

    seen = set()
    candidates = 0
    unlabelled = 0
    scored = []  # (score, is_true, decision, pair)
    for pair in pairs:
        a, b = pair["a"], pair["b"]
        ids = (min(a["id"], b["id"]), max(a["id"], b["id"]))
        if ids in seen:
            continue
        seen.add(ids)
        candidates += 1
        ga, gb = record_group(a), record_group(b)
        if ga is None or gb is None:
            unlabelled += 1
            continue
        scored.append((pair["score"], ga == gb, pair["decision"], pair))

    true_candidates = sum(1 for s in scored if s[1])
    counts = {"duplicate": [0, 0], "possible": [0, 0], "no": [0, 0]}  # decision -> [true, false]
    for _, is_true, decision, _ in scored:
        counts.setdefault(decision, [0, 0])[0 if is_true else 1] += 1

    tp = counts["duplicate"][0]
    fp = counts["duplicate"][1]
    fn = true_pairs - tp
    p, r, f = prf(tp, fp, fn)
    tp2 = tp + counts["possible"][0]
    fp2 = fp + counts["possible"][1]
    p2, r2, f2 = prf(tp2, fp2, true_pairs - tp2)

    # The best F1 any single score threshold would give, chosen while looking at
    # the labels (as Splink's published figures were): a ceiling, not a result.
    best = (0.0, None, 0.0, 0.0)
    running_tp = running_fp = 0
    ordered = sorted(scored, key=lambda s: -s[0])
    for i, (score, is_true, _, _) in enumerate(ordered):
        if is_true:
            running_tp += 1
        else:
            running_fp += 1
        if i + 1 < len(ordered) and ordered[i + 1][0] == score:
            continue
        bp, br, bf = prf(running_tp, running_fp, true_pairs - running_tp)
        if bf > best[0]:
            best = (bf, score, bp, br)

    print(f"== {name}")
    print(f"records                  {records}")
    print(f"true pairs               {true_pairs}")
    print(f"candidate pairs          {candidates}" +
          (f"  ({unlabelled} with a record without a rec_id key)" if unlabelled else ""))
    print(f"pairs completeness       {true_candidates / true_pairs if true_pairs else 1.0:.4f}"
          f"  ({true_candidates} of {true_pairs} true pairs among the candidates)")
    print(f"decisions                duplicate {counts['duplicate'][0]} true + {counts['duplicate'][1]} false, "
          f"possible {counts['possible'][0]} + {counts['possible'][1]}, no {counts['no'][0]} + {counts['no'][1]}")
    print(f"duplicate = match        precision {p:.4f}  recall {r:.4f}  F1 {f:.4f}")
    print(f"duplicate|possible       precision {p2:.4f}  recall {r2:.4f}  F1 {f2:.4f}")
    if best[1] is not None:
        print(f"best threshold (labels)  score >= {best[1]:.2f}: precision {best[2]:.4f}  "
              f"recall {best[3]:.4f}  F1 {best[0]:.4f}")
    if args.time:
        wall, rss_kb = read_time(args.time)
        if wall is not None:
            print(f"dedup wall time          {wall:.2f} s")
        if rss_kb is not None:
            print(f"dedup peak RSS           {rss_kb / 1024:.1f} MiB")

    def show(title, items):
        if not items or args.examples <= 0:
            return
        print(f"{title} (first {min(args.examples, len(items))} of {len(items)}):")
        for score, _, decision, pair in items[: args.examples]:
            why = ", ".join(f"{x['field']} {x['outcome']} ({x['weight']:+.1f})" for x in pair["reasons"])
            print(f"  {score:7.2f} {decision:9s} {pair['a']['name']!r} / {pair['b']['name']!r}: {why}")

    show("false positives, highest score first",
         [s for s in ordered if not s[1] and s[2] == "duplicate"])
    show("true pairs not called duplicate, highest score first",
         [s for s in ordered if s[1] and s[2] != "duplicate"])
    print(f"RESULT {name} records={records} true_pairs={true_pairs} candidates={candidates} "
          f"completeness={true_candidates / true_pairs if true_pairs else 1.0:.4f} "
          f"precision={p:.4f} recall={r:.4f} f1={f:.4f} f1_possible={f2:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
