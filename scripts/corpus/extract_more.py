#!/usr/bin/env python3
"""A second, larger draw of real items for training and dev (never test): more ToxiCR code-review
comments (toxic and not, as the dataset marks them) and more Enron sent mail, with the same
cleaning as the first draw (extract_toxicr.py, extract_aeslc_enron.py). The sealed test split was
fixed before this draw (tests/data/corpus/TEST-ITEMS.sha256): items whose writer falls in the
test bucket are skipped here, so the test split stays exactly as it was sealed.
"""
import hashlib, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
import extract_aeslc_enron as enron
import extract_toxicr as toxicr_source

N_TOXIC = int(os.environ.get("N_MORE_TOXIC", 900))
N_CLEAN = int(os.environ.get("N_MORE_CLEAN", 900))
N_ENRON = int(os.environ.get("N_MORE_ENRON", 700))


def bucket(writer):
    """The split a writer's items go to: the same hash as scripts/corpus/build.ts."""
    h = int.from_bytes(hashlib.sha256(writer.encode("utf-8")).digest()[:4], "big") % 100
    return "train" if h < 60 else "dev" if h < 80 else "test"


def toxicr():
    pools = toxicr_source.pools()
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
    w = Writer("aeslc-enron-more", cap_per_writer=25)
    for n in enron.sent_files(SEED + 8):
        if len(w.items) >= N_ENRON:
            break
        writer, box = enron.writer_of(n)
        if bucket(writer) == "test":
            continue
        why, text = enron.read_body(n)
        if why or not (5 <= wc(text) <= 150):
            continue
        w.add(text, writer, None, "email", enron.ROLE.get(box, "other"), None, min_words=5)
    w.write()


if __name__ == "__main__":
    toxicr()
    aeslc()
