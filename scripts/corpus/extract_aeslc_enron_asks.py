#!/usr/bin/env python3
"""More Enron sent mail (AESLC, same cleaning as extract_aeslc_enron.py), enriched for what the
results-first reader is about: emails that ask something, apologise, hedge or trail off. Real mail
rarely buries or over-hedges an ask, so a random sample holds almost none; this file samples
emails that contain a request or a softener so the annotators see enough of both kinds (most of
them turn out fine). The cue list is chosen from the labelling guide's categories, not from any
rule of the product. Writer ids are the same as in aeslc-enron.jsonl (the split is by writer).
"""
import os, re, sys
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
    w = Writer("aeslc-enron-asks", cap_per_writer=30)
    for n in base.sent_files(SEED + 1):
        if len(w.items) >= N_MAX:
            break
        writer, box = base.writer_of(n)
        why, text = base.read_body(n)
        if why or not (8 <= wc(text) <= 150) or not CUES.search(text):
            continue
        w.add(text, writer, None, "email", base.ROLE.get(box, "other"), None, min_words=8)
    print("writers", len(w.per_writer))
    w.write()


if __name__ == "__main__":
    main()
