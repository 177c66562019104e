#!/usr/bin/env python3
"""STRUDEL GitHub issue/comment toxicity data (CMUSTRUDEL/toxicity-detector, data/training/).

train_comments.csv: issue comments labelled toxicity y/n.
train_issues.csv + labeled_test_issues.csv: issue bodies (title + total_text) labelled y/n.
Takes every toxic item of 1-150 words plus a seeded sample of the same number of non-toxic items.
No author field: `writer` is a per-thread batch id (sha1 of owner/repo/issue), `thread` the same id.
The Stanford politeness corpora bundled in that repo (src/politeness3/corpora) are NOT used.
"""
import csv, io, os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

REPO = os.path.join(MIRROR, "CMUSTRUDEL+toxicity-detector/repo")
csv.field_size_limit(10**9)


def load(path):
    return list(csv.DictReader(io.StringIO(git_show(REPO, path).decode("utf-8", "replace"))))


def clean(text):
    text = fix_mojibake(html_unescape(text or "")).strip()
    text = re.sub(r"[ \t]+", " ", text)
    text = strip_reply_tail(text)
    return text


def main():
    items = []  # (label, text, thread)
    for r in load("data/training/train_comments.csv"):
        parts = r["_id"].split("/")
        thread = "/".join(parts[:3])
        items.append((r["toxicity"], clean(r["text"]), thread))
    for path in ("data/training/train_issues.csv", "data/training/labeled_test_issues.csv"):
        for r in load(path):
            items.append((r["toxicity"], clean(r["total_text"]), r["_id"]))
    pools = {"y": [], "n": []}
    for label, text, thread in items:
        if label not in pools or not text:
            continue
        if not looks_english(text) or looks_like_code_or_log(text):
            continue
        if not (1 <= wc(text) <= 150):
            continue
        pools[label].append((text, thread))
    rng = random.Random(SEED)
    w = Writer("strudel", cap_per_writer=40)
    for label in ("y", "n"):
        pool = pools[label][:]
        rng.shuffle(pool)
        want = len(pools["y"]) if label == "n" else len(pool)
        taken = 0
        for text, thread in pool:
            if taken >= want:
                break
            tid = "strudel-" + sha1(thread)
            if w.add(text, tid, tid, "issue", "engineering", f"toxicity={label}"):
                taken += 1
        print(f"label {label}: pool {len(pool)}, taken {taken}")
    w.write()
    print("commit", git_head(REPO))


if __name__ == "__main__":
    main()
