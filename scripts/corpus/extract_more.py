#!/usr/bin/env python3
"""A second, larger draw of real items for training and dev (never test): more ToxiCR code-review
comments (toxic and not, as the dataset marks them) and more Enron sent mail, with the same
cleaning as the first draw (extract_toxicr.py, extract_aeslc_enron.py). The sealed test split was
fixed before this draw (tests/data/corpus/TEST-ITEMS.sha256): items whose writer falls in the
test bucket are skipped here, so the test split stays exactly as it was sealed.
"""
import hashlib, os, random, re, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
import extract_aeslc_enron as enron

TOXICR = os.path.join(MIRROR, "WSU-SEAL+ToxiCR/repo")
N_TOXIC = int(os.environ.get("N_MORE_TOXIC", 900))
N_CLEAN = int(os.environ.get("N_MORE_CLEAN", 900))
N_ENRON = int(os.environ.get("N_MORE_ENRON", 700))


def bucket(writer):
    """The split a writer's items go to: the same hash as scripts/corpus/build.ts."""
    h = int.from_bytes(hashlib.sha256(writer.encode("utf-8")).digest()[:4], "big") % 100
    return "train" if h < 60 else "dev" if h < 80 else "test"


def toxicr():
    rows = read_xlsx(git_show(TOXICR, "models/code-review-dataset-full.xlsx"))
    pools = {"1": [], "0": []}
    for i, r in enumerate(rows[1:], start=2):
        if not r or r[0] is None or len(r) < 2:
            continue
        text = fix_mojibake(r[0]).strip()
        if not looks_english(text) or looks_like_code_or_log(text):
            continue
        pools.setdefault(r[1], []).append((i, text))
    rng = random.Random(SEED + 7)
    w = Writer("toxicr-more", cap_per_writer=10**9)
    for label, n in (("1", N_TOXIC), ("0", N_CLEAN)):
        pool = pools[label][:]
        rng.shuffle(pool)
        taken = 0
        for i, text in pool:
            if taken >= n:
                break
            writer = f"toxicr-rowblock-{i // 200}"
            if bucket(writer) == "test":
                continue
            if w.add(text, writer, None, "code-review", "engineering", f"is_toxic={label}"):
                taken += 1
        print(f"toxicr-more label {label}: taken {taken}")
    w.write()


def aeslc():
    names = subprocess.run(["git", "--git-dir", enron.REPO, "ls-tree", "-r", "--name-only", "HEAD", "enron_subject_line/"],
                           capture_output=True, text=True, check=True).stdout.split()
    sent = sorted(n for n in names if re.search(r"/[a-z-]+_(?:_?sent_mail|sent_items|sent)_\d+\.subject$", n))
    rng = random.Random(SEED + 8)
    rng.shuffle(sent)
    w = Writer("aeslc-enron-more", cap_per_writer=25)
    for n in sent:
        if len(w.items) >= N_ENRON:
            break
        fn = n.rsplit("/", 1)[1]
        box = re.match(r"([a-z-]+?)_(?:_?sent_mail|sent_items|sent)_\d+\.subject$", fn).group(1)
        writer = "enron-" + sha1(box)
        if bucket(writer) == "test":
            continue
        body = git_show(enron.REPO, n).decode("utf-8", "replace").split("\n@subject", 1)[0]
        if enron.QP.search(body) or re.search(r"Original Message|Forwarded by|^\s*>|wrote:|^From: .*\n.*Sent:", body, re.M | re.I):
            continue
        text = enron.clean(body)
        if not looks_english(text) or looks_like_code_or_log(text) or not (5 <= wc(text) <= 150):
            continue
        w.add(text, writer, None, "email", enron.ROLE.get(box, "other"), None, min_words=5)
    w.write()


if __name__ == "__main__":
    toxicr()
    aeslc()
