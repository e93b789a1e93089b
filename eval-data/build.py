#!/usr/bin/env python3
"""Builds newsroom-dev.jsonl and de-functional.jsonl from the hand-written sources in src/.
Written by the project team. Run: python3 eval-data/build.py"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = {"c": "clean", "i": "insult", "t": "threat"}

def read_lines(name):
    with open(os.path.join(HERE, "src", name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.strip() and not line.startswith("#"):
                yield n, line

def build_newsroom():
    rows = []
    for name in ["nr-de.txt", "nr-fr.txt", "nr-it.txt", "nr-en.txt"]:
        lang, dialect = None, None
        for n, line in read_lines(name):
            if line.startswith("@@"):
                _, lang, d = line.split()
                dialect = d == "1"
                continue
            lab, kind, text = line.split(":", 2)
            rows.append({"language": lang, "dialect": dialect, "label": LABELS[lab],
                         "kind": kind, "text": text.strip()})
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "nr-%04d" % i, **r})
    return out

def build_functional():
    rows = []
    for n, line in read_lines("fn-de.txt"):
        func, label, target, text = line.split("|", 3)
        rows.append({"functionality": func.strip(), "label": label.strip(),
                     "target": target.strip(), "text": text.strip()})
    return [{"id": "fn-%04d" % i, **r} for i, r in enumerate(rows, 1)]

def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", name, len(rows))

if __name__ == "__main__":
    nr = build_newsroom()
    texts = [r["text"] for r in nr]
    dup = {t for t in texts if texts.count(t) > 1}
    if dup: sys.exit("duplicate texts: %r" % dup)
    write("newsroom-dev.jsonl", nr)
    if os.path.exists(os.path.join(HERE, "src", "fn-de.txt")):
        write("de-functional.jsonl", build_functional())
