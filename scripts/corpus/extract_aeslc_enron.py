#!/usr/bin/env python3
"""Enron sent-mail bodies via the Annotated Enron Subject Line Corpus (ryanzhumich/AESLC).

AESLC (Zhang & Tetreault, ACL 2019) holds cleaned bodies of Enron emails (CMU/FERC release), one file
per email named <mailbox>_<folder>_<n>.subject; the body comes before the "@subject" line and is
sentence-split one sentence per line by AESLC. Only files from *sent* folders are used, so the writer
is the mailbox owner (writer = sha1 of the mailbox id). Cleaning: body only (subject and annotations
dropped), runs of spaces collapsed, a trailing name-only sign-off line ("Kay", "--Sally") removed,
quoted-printable-damaged bodies (=20, =01 ...) and forwarded/quoted material skipped, 5-150 words.
Seeded shuffle, at most 40 emails per mailbox. thread: null (AESLC keeps no thread ids).
role: rough mapping from publicly known job functions of the mailbox owners, else "other".
"""
import os, random, re, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

REPO = os.path.join(MIRROR, "ryanzhumich+AESLC/repo")
N_MAX = int(os.environ.get("N_AESLC", 1800))
ROLE = {
    "shackleton-s": "legal", "jones-t": "legal", "mann-k": "legal", "stclair-c": "legal", "nemec-g": "legal",
    "taylor-m": "legal", "perlingiere-d": "legal", "fossum-d": "legal", "sager-e": "legal", "haedicke-m": "legal",
    "hyvl-d": "legal", "dasovich-j": "legal", "kean-s": "executive", "delainey-d": "executive",
    "mcconnell-m": "executive", "skilling-j": "executive", "lay-k": "executive", "whalley-l": "executive",
    "lavorato-j": "executive", "kitchen-l": "executive", "beck-s": "operations", "germany-c": "operations",
    "symes-k": "operations", "campbell-l": "operations", "giron-d": "operations", "farmer-d": "operations",
    "kaminski-v": "finance", "buy-r": "finance", "gay-r": "finance",
}
QP = re.compile(r"=(20|01|09|0A|3D)|= \S|=$", re.M)
SIGNOFF = re.compile(r"^\s*(?:-{1,2}|~)?\s*[A-Z][a-zA-Z.']{0,15}(?: [A-Z][a-zA-Z.']{0,15})?\s*$")
KEEP_LAST = {"thanks", "thank you", "regards", "cheers", "best regards", "best", "ok", "yes", "no", "sorry"}


def clean(body):
    lines = [re.sub(r"[ \t]+", " ", l).strip() for l in body.strip().splitlines()]
    lines = [l for l in lines if l]
    while lines and SIGNOFF.match(lines[-1]) and lines[-1].strip(" -~").lower() not in KEEP_LAST and len(lines) > 1:
        lines.pop()
    return "\n".join(lines)


SENT = re.compile(r"([a-z-]+?)_(?:_?sent_mail|sent_items|sent)_\d+\.subject$")
QUOTED = re.compile(r"Original Message|Forwarded by|^\s*>|wrote:|^From: .*\n.*Sent:", re.M | re.I)


def sent_files(seed):
    """The files of *sent* folders, in a seeded random order."""
    names = subprocess.run(["git", "--git-dir", REPO, "ls-tree", "-r", "--name-only", "HEAD", "enron_subject_line/"],
                           capture_output=True, text=True, check=True).stdout.split()
    sent = sorted(n for n in names if re.search(r"/[a-z-]+_(?:_?sent_mail|sent_items|sent)_\d+\.subject$", n))
    random.Random(seed).shuffle(sent)
    return sent


def writer_of(name):
    """The mailbox owner of a sent file, as a pseudonymous writer id; and the mailbox."""
    box = SENT.match(name.rsplit("/", 1)[1]).group(1)
    return "enron-" + sha1(box), box


def read_body(name):
    """(why it is skipped, None) or (None, the cleaned body) of one email."""
    body = git_show(REPO, name).decode("utf-8", "replace").split("\n@subject", 1)[0]
    if QP.search(body):
        return "qp", None
    if QUOTED.search(body):
        return "quoted", None
    text = clean(body)
    if not looks_english(text) or looks_like_code_or_log(text):
        return "lang", None
    return None, text


def main():
    sent = sent_files(SEED)
    w = Writer("aeslc-enron", cap_per_writer=40)
    skipped = {"qp": 0, "quoted": 0, "lang": 0, "len": 0}
    for n in sent:
        if len(w.items) >= N_MAX:
            break
        writer, box = writer_of(n)
        why, text = read_body(n)
        if why is None and not (5 <= wc(text) <= 150):
            why = "len"
        if why:
            skipped[why] += 1
            continue
        w.add(text, writer, None, "email", ROLE.get(box, "other"), None, min_words=5)
    print("sent files", len(sent), "skipped", skipped, "writers", len(w.per_writer))
    w.write()
    print("commit", git_head(REPO))


if __name__ == "__main__":
    main()
