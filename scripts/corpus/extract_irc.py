#!/usr/bin/env python3
"""IRC chat messages from jkkummerfeld/irc-disentanglement (data/, CC BY 4.0).

Ubuntu support channel (train/dev/test), Elsner & Charniak linux channel (channel-two) and the
ALTA 2023 new domains (ubuntu-meeting, rust, stripe, mediawiki). Only annotated lines (index >= 1000)
are used, so each message gets a conversation id from the disentanglement links (connected
components). Writer = sha1 of the nick. Bots, system lines, bot/meeting commands, code-only lines,
non-English and < 3-word messages are skipped.
"""
import os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

REPO = os.path.join(MIRROR, "jkkummerfeld+irc-disentanglement/repo")
N_TOTAL = int(os.environ.get("N_IRC", 1000))
LINE = re.compile(r"^(?:\S+ \d{4}-\d\d-\d\d )?\[(\d\d:\d\d(?::\d\d)?)\] <([^>]+)> ?(.*)$")
BOTS = {"ubotu", "ubottu", "ubot5", "ubot2", "mootbot", "meetingology", "wikibugs", "grrrit-wm",
        "rustbot", "playbot", "chanserv", "nickserv"}


def components(ann_text):
    parent = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for line in ann_text.splitlines():
        p = line.split()
        if len(p) >= 2 and p[0].isdigit() and p[1].isdigit():
            a, b = find(int(p[0])), find(int(p[1]))
            if a != b:
                parent[max(a, b)] = min(a, b)
    return {k: find(k) for k in list(parent)}


def main():
    files = subprocess.run(["git", "--git-dir", REPO, "ls-tree", "-r", "--name-only", "HEAD", "data/"],
                           capture_output=True, text=True, check=True).stdout.split()
    bases = sorted(f[:-len(".ascii.txt")] for f in files if f.endswith(".ascii.txt")
                   and "annotation-process" not in f and f.startswith(("data/train/", "data/dev/", "data/test/", "data/new-domains/"))
                   or f == "data/channel-two/channel-two.all.ascii.txt")
    cands = []
    for base in bases:
        ann = base + ".annotation.txt"
        if ann not in files:
            continue
        comp = components(git_show(REPO, ann).decode("utf-8", "replace"))
        lines = git_show(REPO, base + ".ascii.txt").decode("utf-8", "replace").splitlines()
        fkey = base.split("/")[-1]
        merged = []  # (idx, nick, text)
        for idx, line in enumerate(lines):
            m = LINE.match(line)
            if not m:
                merged.append((idx, None, None))
                continue
            ts, nick, text = m.group(1), m.group(2), m.group(3).rstrip()
            # very long lines are split over two log lines by the logger: re-join them
            if merged and merged[-1][1] == nick and merged[-1][3] == ts and len(merged[-1][2]) >= 250:
                pi, pn, pt, pts = merged[-1]
                merged[-1] = (pi, pn, pt + text, pts)
                continue
            merged.append((idx, nick, text, ts))
        for rec in merged:
            if rec[1] is None:
                continue
            idx, nick, text = rec[0], rec[1], rec[2]
            if idx < 1000 or idx not in comp:
                continue
            low = nick.lower().rstrip("_")
            if low in BOTS or low.endswith("bot") or "<unconvertable>" in text:
                continue
            if text.startswith(("!", "[", "#", "\x01")) or wc(text) < 3:
                continue
            if not looks_english(text) or looks_like_code_or_log(text):
                continue
            domain = fkey.split(".")[0] if base.startswith("data/new-domains/") else ("linux" if "channel-two" in base else "ubuntu")
            cands.append((domain, fkey, nick, text, f"irc-{fkey}-{comp[idx]}"))
    rng = random.Random(SEED)
    rng.shuffle(cands)
    # the small non-Ubuntu channels go first so they are not drowned by the Ubuntu help channel
    cands.sort(key=lambda c: 0 if c[0] != "ubuntu" else 1)
    # spread: at most 12 messages per log file, 40 per nick (Writer cap)
    per_file = {}
    w = Writer("irc-disentanglement", cap_per_writer=40)
    for domain, fkey, nick, text, thread in cands:
        if len(w.items) >= N_TOTAL:
            break
        if per_file.get(fkey, 0) >= (12 if domain == "ubuntu" else 40 if domain != "linux" else 80):
            continue
        if w.add(text, "irc-" + sha1(domain + ":" + nick.lower().rstrip("_")), thread, "chat",
                 "engineering", None, max_words=150):
            per_file[fkey] = per_file.get(fkey, 0) + 1
    w.write()
    from collections import Counter
    print(Counter(re.sub(r"\.\d+$", "", it["thread"][4:].rsplit("-", 1)[0]) if not it["thread"].startswith("irc-20") else "ubuntu" for it in w.items))
    print("commit", git_head(REPO))


if __name__ == "__main__":
    main()
