#!/usr/bin/env python3
"""More Enron sent mail (AESLC, same cleaning as extract_aeslc_enron.py), enriched for what the
results-first reader is about: emails that ask something, apologise, hedge or trail off. Real mail
rarely buries or over-hedges an ask, so a random sample holds almost none; this file samples
emails that contain a request or a softener so the annotators see enough of both kinds (most of
them turn out fine). The cue list is chosen from the labelling guide's categories, not from any
rule of the product. Writer ids are the same as in aeslc-enron.jsonl (the split is by writer).
"""
import os, random, re, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
import extract_aeslc_enron as base

N_MAX = int(os.environ.get("N_AESLC_ASKS", 900))
CUES = re.compile(
    r"\b(?:sorry|apolog\w*|i think|i guess|i feel|maybe|perhaps|not sure|wonder(?:ing)?|just wanted|"
    r"if (?:you|possible)|when you (?:get|have) a|at some point|let me know|any thoughts|could you|would you|"
    r"can you|hope|might|probably|possibly|a little|kind of|sort of|quick question|hate to|bother)\b",
    re.I,
)


def main():
    names = subprocess.run(["git", "--git-dir", base.REPO, "ls-tree", "-r", "--name-only", "HEAD", "enron_subject_line/"],
                           capture_output=True, text=True, check=True).stdout.split()
    sent = sorted(n for n in names if re.search(r"/[a-z-]+_(?:_?sent_mail|sent_items|sent)_\d+\.subject$", n))
    rng = random.Random(SEED + 1)
    rng.shuffle(sent)
    w = Writer("aeslc-enron-asks", cap_per_writer=30)
    for n in sent:
        if len(w.items) >= N_MAX:
            break
        fn = n.rsplit("/", 1)[1]
        box = re.match(r"([a-z-]+?)_(?:_?sent_mail|sent_items|sent)_\d+\.subject$", fn).group(1)
        body = git_show(base.REPO, n).decode("utf-8", "replace").split("\n@subject", 1)[0]
        if base.QP.search(body) or re.search(r"Original Message|Forwarded by|^\s*>|wrote:|^From: .*\n.*Sent:", body, re.M | re.I):
            continue
        text = base.clean(body)
        if not looks_english(text) or looks_like_code_or_log(text) or not (8 <= wc(text) <= 150):
            continue
        if not CUES.search(text):
            continue
        w.add(text, "enron-" + sha1(box), None, "email", base.ROLE.get(box, "other"), None, min_words=8)
    print("writers", len(w.per_writer))
    w.write()


if __name__ == "__main__":
    main()
