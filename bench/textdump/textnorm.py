"""Text helpers shared by gen_dumps.py and score_dumps.py (python3 stdlib only).

display(): the display normalization ghirbal promises (ghirbal-arabic's
normalize contract): NFC, Arabic presentation forms to letters, tatweel between
letters removed, zero-width and bidi controls removed (ZWNJ kept between
letters), NBSP and other spaces to a space, whitespace folded, trimmed.

fold(): the matching key for word-level scoring: display() plus diacritics and
every tatweel removed, alef forms unified, ى→ي, ة→ه, digits to ASCII, Latin
lowercased, punctuation dropped. words() splits folded text into words.
"""
import re
import unicodedata

ZW_DROP = set("\u200b\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u061c\u2060\u00ad")
SPACES = set("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\r\n\f\v")
TATWEEL = "\u0640"


def _letter(c):
    return bool(c) and c != TATWEEL and unicodedata.category(c).startswith("L")


def display(s):
    if s is None:
        return None
    s = unicodedata.normalize("NFC", s)
    if any(0xFB50 <= ord(ch) <= 0xFDFF or 0xFE70 <= ord(ch) <= 0xFEFE for ch in s):
        s = "".join(unicodedata.normalize("NFKC", ch) if (0xFB50 <= ord(ch) <= 0xFDFF or 0xFE70 <= ord(ch) <= 0xFEFE)
                    else ch for ch in s)
        s = unicodedata.normalize("NFC", s)
    out = []
    for i, ch in enumerate(s):
        if ch in ZW_DROP:
            continue
        if ch == "\u200c" and not (i > 0 and i + 1 < len(s) and _letter(s[i - 1]) and _letter(s[i + 1])):
            continue
        out.append(" " if ch in SPACES else ch)
    s = "".join(out)
    if TATWEEL in s:
        src = s

        def tat(m):
            a = src[m.start() - 1] if m.start() > 0 else ""
            b = src[m.end()] if m.end() < len(src) else ""
            return "" if _letter(a) and _letter(b) else m.group(0)

        s = re.sub(TATWEEL + "+", tat, src)
    return re.sub(r"\s+", " ", s).strip()


_DIAC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
                       **{chr(0x660 + i): str(i) for i in range(10)}, **{chr(0x6F0 + i): str(i) for i in range(10)}})
_WORD = re.compile(r"\w+")


def fold(s):
    if not s:
        return ""
    s = display(s)
    s = _DIAC.sub("", s).translate(_FOLD).lower()
    return " ".join(_WORD.findall(s.replace("_", " ")))


def words(s):
    return fold(s).split()
