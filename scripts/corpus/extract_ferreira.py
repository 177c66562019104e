#!/usr/bin/env python3
"""Incivility in Linux kernel mailing list (LKML) code review emails and GitHub issue discussions.

Ferreira, Rafiq & Cheng, "Incivility Detection in Open Source Code Review and Issue Discussions"
(JSS 2023), replication package ferreira-isa/incivility_detection (GPL-3.0).

- lkml -> items/ferreira-lkml.jsonl, channel "email": whole email bodies from
  data/classical_ml_models/context_lkml/1_features_dataset/{uncivil,civil,non_technical,technical}.csv
  (email_code is the dataset's own label). The sentence-level tone-bearing discourse features (TBDF,
  lkml/3_features_dataset/*.csv) of the same email_id are appended to origin_label.
  All uncivil, civil and non_technical emails of 1-150 words + a seeded sample of technical ones.
- gh -> items/ferreira-gh.jsonl, channel "issue": the dataset's GitHub units are sentences/quotations
  (gh/3_features_dataset/{uncivil,civil}.csv with TBDF, context_gh/.../non_technical.csv); technical.csv
  is too large to be in the snapshot. Takes up to N_GH_UNCIVIL uncivil quotations and the same number
  of civil + non-technical ones (seeded).
writer = sha1 of author_name (+author_email for LKML); thread = thread_id / issue_id.
"""
import csv, io, os, random, sys
from collections import defaultdict
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

REPO = os.path.join(MIRROR, "ferreira-isa+incivility_detection/repo")
BASE = "data/classical_ml_models/"
csv.field_size_limit(10**9)
N_LKML_TECH = int(os.environ.get("N_LKML_TECH", 260))
N_GH_UNCIVIL = int(os.environ.get("N_GH_UNCIVIL", 250))


def load(path):
    return list(csv.DictReader(io.StringIO(git_show(REPO, BASE + path).decode("utf-8", "replace"))))


def clean(t):
    t = fix_mojibake(html_unescape(t or "")).strip()
    return strip_reply_tail(t)


def lkml():
    tbdf = defaultdict(set)
    for c in ("uncivil", "civil"):
        for r in load(f"lkml/3_features_dataset/{c}.csv"):
            if r.get("quotation_tbdf"):
                tbdf[r["email_id"]].add(r["quotation_tbdf"])
    rng = random.Random(SEED)
    w = Writer("ferreira-lkml", cap_per_writer=40)
    for c, n in (("uncivil", None), ("civil", None), ("non_technical", None), ("technical", N_LKML_TECH)):
        rows = load(f"context_lkml/1_features_dataset/{c}.csv")
        rng.shuffle(rows)
        taken = 0
        for r in rows:
            if n is not None and taken >= n:
                break
            text = clean(r["email_body"])
            if not text or not looks_english(text) or looks_like_code_or_log(text):
                continue
            lab = r["email_code"] + (f" tbdf={','.join(sorted(tbdf[r['email_id']]))}" if tbdf.get(r["email_id"]) else "")
            if w.add(text, "lkml-" + sha1((r["author_name"] + "|" + r["author_email"]).lower()),
                     "lkml-" + r["thread_id"], "email", "engineering", lab):
                taken += 1
        print(f"lkml {c}: {len(rows)} rows, taken {taken}")
    w.write()


def gh():
    rng = random.Random(SEED + 1)
    groups = {}
    for c in ("uncivil", "civil"):
        agg = {}
        for r in load(f"gh/3_features_dataset/{c}.csv"):
            text = clean(r["quotation"])
            k = norm_key(text)
            if k not in agg:
                agg[k] = {"text": text, "author": r["author_name"], "thread": r["issue_id"], "code": r["quotation_code"], "tbdf": set()}
            if r.get("quotation_tbdf"):
                agg[k]["tbdf"].add(r["quotation_tbdf"])
        groups[c] = list(agg.values())
    groups["non_technical"] = [{"text": clean(r["comment_body"]), "author": r["author_name"], "thread": r["issue_id"],
                                "code": r["comment_code"], "tbdf": set()}
                               for r in load("context_gh/1_features_dataset/non_technical.csv")]
    w = Writer("ferreira-gh", cap_per_writer=40)
    for c in groups:
        rng.shuffle(groups[c])
    quota = {"uncivil": N_GH_UNCIVIL}
    for c in ("uncivil", "civil", "non_technical"):
        n = quota.get(c, None)
        if c == "civil":
            n = quota["uncivil_taken"]
        if c == "non_technical":
            n = max(0, quota["uncivil_taken"] * 2 - quota["civil_taken"])
        taken = 0
        for it in groups[c]:
            if taken >= n:
                break
            text = it["text"]
            if not text or not looks_english(text) or looks_like_code_or_log(text):
                continue
            lab = it["code"] + (f" tbdf={','.join(sorted(it['tbdf']))}" if it["tbdf"] else "")
            writer = "gh-" + sha1(it["author"].lower()) if it["author"].strip() else "gh-unknown-issue-" + it["thread"]
            if w.add(text, writer, "gh-issue-" + it["thread"], "issue", "engineering", lab):
                taken += 1
        quota[c + "_taken"] = taken
        print(f"gh {c}: {len(groups[c])} unique, taken {taken}")
    w.write()


if __name__ == "__main__":
    lkml()
    gh()
    print("commit", git_head(REPO))
