"""Shared helpers for the real-message corpus extraction (stdlib only)."""
import hashlib, json, os, random, re, subprocess, zipfile, io
import xml.etree.ElementTree as ET

MIRROR = os.environ.get("MIRROR", "/work/.mirror")
OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "data", "corpus", "items")
SEED = 20240611


def git_show(repo_dir, path, commit="HEAD"):
    """Bytes of a file from a bare mirror (repo_dir is the git dir)."""
    return subprocess.run(["git", "--git-dir", repo_dir, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout


def git_head(repo_dir):
    return subprocess.run(["git", "--git-dir", repo_dir, "rev-parse", "HEAD"],
                          check=True, capture_output=True, text=True).stdout.strip()


NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


def read_xlsx(data, sheet=1):
    """Minimal xlsx reader: returns list of rows (list of str/None), first sheet by default."""
    z = zipfile.ZipFile(io.BytesIO(data))
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        root = ET.fromstring(z.read("xl/sharedStrings.xml"))
        for si in root.findall("m:si", NS):
            shared.append("".join(t.text or "" for t in si.iter("{%s}t" % NS["m"])))
    root = ET.fromstring(z.read(f"xl/worksheets/sheet{sheet}.xml"))
    rows = []
    for row in root.iter("{%s}row" % NS["m"]):
        cells = {}
        for c in row.findall("m:c", NS):
            ref = c.get("r")
            col = 0
            for ch in re.match(r"[A-Z]+", ref).group(0):
                col = col * 26 + (ord(ch) - 64)
            t = c.get("t")
            v = c.find("m:v", NS)
            if t == "s" and v is not None:
                val = shared[int(v.text)]
            elif t == "inlineStr":
                val = "".join(x.text or "" for x in c.iter("{%s}t" % NS["m"]))
            else:
                val = v.text if v is not None else None
            cells[col - 1] = val
        if cells:
            rows.append([cells.get(i) for i in range(max(cells) + 1)])
    return rows


def sha1(s, n=12):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:n]


def wc(text):
    return len(text.split())


def norm_key(text):
    return re.sub(r"\s+", " ", text).strip().lower()


_ascii_letters = re.compile(r"[A-Za-z]")


def looks_english(text):
    """Cheap filter: mostly Latin letters and a few common English function words."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return False
    latin = sum(1 for ch in letters if ch.isascii())
    if latin / len(letters) < 0.9:
        return False
    words = re.findall(r"[a-z']+", text.lower())
    if len(words) <= 3:
        return True
    common = {"the", "a", "to", "is", "it", "i", "you", "and", "of", "in", "this", "that", "for", "be",
              "not", "we", "on", "with", "are", "please", "can", "do", "have", "if", "will", "should",
              "why", "what", "me", "my", "your", "so", "but", "no", "yes", "thanks", "ok", "just", "here"}
    hits = sum(1 for w in words if w in common)
    return hits >= 1


def looks_like_code_or_log(text):
    """True when the text is mostly code/log lines rather than prose."""
    lines = [l for l in text.splitlines() if l.strip()]
    if not lines:
        return True
    codey = 0
    for l in lines:
        s = l.strip()
        sym = sum(1 for ch in s if ch in "{}();=<>[]/\\_#*$|")
        if sym / max(1, len(s)) > 0.12 or re.match(r"^(at |\d{4}-\d\d-\d\d|\[|\$ |#include|import |def |class |return |if \(|for \()", s):
            codey += 1
    if codey / len(lines) > 0.5:
        return True
    words = text.split()
    alpha_words = [w for w in words if re.fullmatch(r"[A-Za-z][A-Za-z'’\-]*[.,!?;:]?", w)]
    return len(alpha_words) < max(1, 0.5 * len(words))


class Writer:
    """Collect items, dedupe (also across files via a shared seen-set), cap per writer, write jsonl."""

    def __init__(self, source, seen=None, cap_per_writer=40):
        self.source = source
        self.items = []
        self.seen = seen if seen is not None else load_seen(exclude=source)
        self.per_writer = {}
        self.cap = cap_per_writer

    def add(self, text, writer, thread, channel, role, origin_label, min_words=1, max_words=150):
        text = text.strip()
        n = wc(text)
        if n < min_words or n > max_words:
            return False
        k = norm_key(text)
        if k in self.seen:
            return False
        if self.per_writer.get(writer, 0) >= self.cap:
            return False
        self.seen.add(k)
        self.per_writer[writer] = self.per_writer.get(writer, 0) + 1
        self.items.append({"id": f"{self.source}-{len(self.items) + 1}", "text": text, "source": self.source,
                           "writer": writer, "thread": thread, "channel": channel, "role": role,
                           "origin_label": origin_label})
        return True

    def write(self):
        os.makedirs(OUT_DIR, exist_ok=True)
        path = os.path.join(OUT_DIR, f"{self.source}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for it in self.items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        print(f"{self.source}: wrote {len(self.items)} items to {os.path.normpath(path)}")
        return path


def load_seen(exclude=None):
    """Normalised texts already present in other items/*.jsonl files (cross-source dedupe)."""
    seen = set()
    if not os.path.isdir(OUT_DIR):
        return seen
    for fn in sorted(os.listdir(OUT_DIR)):
        if not fn.endswith(".jsonl") or fn == f"{exclude}.jsonl":
            continue
        with open(os.path.join(OUT_DIR, fn), encoding="utf-8") as f:
            for line in f:
                seen.add(norm_key(json.loads(line)["text"]))
    return seen


def fix_mojibake(text):
    """Undo UTF-8-read-as-cp1252 damage (e.g. 'weÃ¢â‚¬â„¢ll' -> 'we’ll'); leaves clean text alone."""
    for _ in range(3):
        if not re.search(r"[ÃÂâ][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿]", text):
            break
        try:
            fixed = text.encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            try:
                fixed = text.encode("latin-1").decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                break
        if fixed == text:
            break
        text = fixed
    return text


def html_unescape(text):
    import html
    return html.unescape(text)


_REPLY_TAIL = re.compile(r"\s*(?:On|Am|Le)\s[^\n]{5,160}?\bwrote:?.*$", re.S | re.I)


def strip_reply_tail(text):
    """Cut an inline-quoted reply ("On Fri, 6 Apr 2018, X wrote: ...") and everything after it."""
    return _REPLY_TAIL.sub("", text).strip()
