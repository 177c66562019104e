#!/usr/bin/env python3
"""ToxiCR code-review comments (WSU-SEAL/ToxiCR, models/code-review-dataset-full.xlsx).

Takes a seeded sample of toxic (is_toxic=1) and an equal number of non-toxic comments.
The dataset has no author or review ids, so `writer` is a batch id over blocks of 200
consecutive rows of the original sheet (NOT a real person) and `thread` is null.
"""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

REPO = os.path.join(MIRROR, "WSU-SEAL+ToxiCR/repo")
N_TOXIC = int(os.environ.get("N_TOXIC", 560))
N_CLEAN = int(os.environ.get("N_CLEAN", 560))


def pools():
    """{"1": [(row, text)...], "0": [...]}: the English, non-code comments by their is_toxic label."""
    rows = read_xlsx(git_show(REPO, "models/code-review-dataset-full.xlsx"))
    assert rows[0][:2] == ["message", "is_toxic"], rows[0]
    out = {"1": [], "0": []}
    for i, r in enumerate(rows[1:], start=2):
        if not r or r[0] is None or len(r) < 2:
            continue
        text = fix_mojibake(r[0]).strip()
        if not looks_english(text) or looks_like_code_or_log(text):
            continue
        out.setdefault(r[1], []).append((i, text))
    return out


def main():
    pools_ = pools()
    rng = random.Random(SEED)
    w = Writer("toxicr", cap_per_writer=10**9)
    for label, n in (("1", N_TOXIC), ("0", N_CLEAN)):
        pool = pools_[label][:]
        rng.shuffle(pool)
        taken = 0
        for i, text in pool:
            if taken >= n:
                break
            if w.add(text, f"toxicr-rowblock-{i // 200}", None, "code-review", "engineering", f"is_toxic={label}"):
                taken += 1
        print(f"label {label}: pool {len(pools_[label])}, taken {taken}")
    w.write()
    print("commit", git_head(REPO))


if __name__ == "__main__":
    main()
