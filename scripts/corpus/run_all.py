#!/usr/bin/env python3
"""Regenerate every items/*.jsonl in the order used for the committed files.

Order matters only for cross-file de-duplication (each script skips texts already present in the
other items/*.jsonl files). Needs the snapshots listed in tests/data/corpus/SOURCES.md under
$MIRROR (default /work/.mirror), e.g. /work/.mirror/WSU-SEAL+ToxiCR/repo.
"""
import os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
for s in ("extract_toxicr.py", "extract_strudel.py", "extract_irc.py", "extract_ferreira.py", "extract_aeslc_enron.py", "extract_aeslc_enron_asks.py", "extract_more.py"):
    subprocess.run([sys.executable, os.path.join(HERE, s)], check=True)
