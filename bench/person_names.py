"""Learn the person-name data (ftz_desktop/data/person_names.json) from a large corpus.

    uv run python bench/person_names.py [FOLDER] [--out ftz_desktop/data/person_names.json] [--limit N]

Two things are learned, both facts about words, no text:

* transliteration characters: characters that are far more frequent in the dotted foreign names
  of the corpus (努尔兰·阿不都满金, 巴沙尔·阿萨德) than in its text as a whole. Entity extraction
  grows a cut foreign name over them (卡耶夫 → 托卡耶夫);
* a stop list: strings the person rules take for names that are not names. Entity extraction
  runs over the corpus without a stop list; a candidate is stopped when it is a place of
  data/places.json, of the gazetteer or of bench/foreign_places.json (黎巴嫩), a word of the segmenter's own dictionary with a
  tag that is not a name's (许可, 申请人, 幼儿园, 祝贺), or a string the corpus mostly uses
  elsewhere than where the rules see a name and never with a title (齐聚一, 殷切期).

Default FOLDER: ../shared/corpus/large.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ftz_desktop.core import entities, gazetteer, importers
from ftz_desktop.core.fold import fold

_DOTTED_RE = re.compile("([\u4e00-\u9fff]{2,4})·([\u4e00-\u9fff]{2,4})")
_HAN_RE = re.compile("[\u4e00-\u9fff]")
# A word of the segmenter's dictionary this frequent is a word (许可, 卫星, 黎巴嫩), unless the
# corpus uses it as a name most of the times it writes it (李强, 汪洋).
_WORD_FREQ = 40


def read_texts(root: Path, limit: int | None) -> list[str]:
    paths = sorted(p for p in root.rglob("*.txt") if p.is_file())[:limit]
    return [importers.read_document(p, p.read_bytes()).text for p in paths]


def transliteration_chars(texts: list[str], min_names: int = 10, min_ratio: float = 8.0) -> str:
    """Characters over-represented in dotted names (both parts, four characters each side at most),
    seen in at least ``min_names`` different ones (a series title such as 春·暖 repeats one)."""
    names: set[str] = set()
    overall: collections.Counter[str] = collections.Counter()
    for t in texts:
        overall.update(_HAN_RE.findall(t))
        names.update(m.group() for m in _DOTTED_RE.finditer(t))
    dotted: collections.Counter[str] = collections.Counter()
    for name in names:
        dotted.update(set(name.replace("·", "")))
    n_dot, n_all = sum(dotted.values()) or 1, sum(overall.values()) or 1
    chars = [c for c, k in dotted.items() if k >= min_names and (k / n_dot) / (overall[c] / n_all) >= min_ratio]
    return "".join(sorted(chars))


def candidates(
    texts: list[str],
) -> tuple[collections.Counter[str], collections.Counter[str]]:
    """Names the rules find: mentions, and documents where a title stands with the name."""
    mentions: collections.Counter[str] = collections.Counter()
    titled: collections.Counter[str] = collections.Counter()
    for t in texts:
        seen = set()
        for e in entities.extract(t):
            if e.kind == "person":
                mentions[e.name] += 1
                if e.detail:
                    seen.add(e.name)
        titled.update(seen)
    return mentions, titled


class Occurrences:
    """How often each name occurs in the texts as a string, and which characters stand next to it
    (one pass with one trie regex)."""

    def __init__(self, texts: list[str], names: collections.Counter[str]) -> None:
        pattern = re.compile(entities._alternation(n for n in names if "·" not in n))
        self.count: collections.Counter[str] = collections.Counter()
        self.after: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
        self.before: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
        for t in texts:
            for m in pattern.finditer(t):
                name = m.group()
                self.count[name] += 1
                self.after[name][t[m.end() : m.end() + 2]] += 1
                self.before[name][t[max(0, m.start() - 4) : m.start()]] += 1


def full_names(
    occ: Occurrences,
    mentions: collections.Counter[str],
    min_count: int = 5,
    share: float = 0.85,
) -> dict[str, str]:
    """Names the tagger cuts (刘国 of 刘国中, 明政 of 范明政): one character almost always
    stands next to them and makes a name with them."""
    out: dict[str, str] = {}
    for name, n in occ.count.items():
        if n < min_count or not 2 <= len(name) <= 3:
            continue
        for side in ("after", "before"):
            contexts = getattr(occ, side)[name]
            counts: collections.Counter[str] = collections.Counter()
            for ctx, k in contexts.items():
                counts[ctx[:1] if side == "after" else ctx[-1:]] += k
            ((c, k),) = counts.most_common(1)
            if k < share * n or not c or not entities._is_han(c) or c in entities._FUNCTION_CHARS:
                continue
            full = name + c if side == "after" else c + name
            if not (entities.looks_like_name(full) or (side == "before" and entities._is_foreign(name))):
                continue
            if side == "before":
                # the character must not end a title standing before many names (主席|卢拉)
                ((ctx, _),) = collections.Counter({x: k for x, k in contexts.items() if x[-1:] == c}).most_common(1)
                if ctx.endswith(entities._ROLE_SUFFIXES) or not entities._is_foreign(name):
                    continue
            elif full not in mentions:
                continue  # 吉尔|吉: a foreign word goes on
            out[name] = full
    return out


def cut_word(occ: Occurrences, name: str, min_count: int = 5, share: float = 0.8) -> bool:
    """A word cut short (应邀出 of 应邀出席, 殷切期 of 殷切期望): one character almost always follows."""
    n = occ.count[name]
    if n < min_count:
        return False
    firsts: collections.Counter[str] = collections.Counter()
    for pair, k in occ.after[name].items():
        firsts[pair[:1]] += k
    ((c, k),) = firsts.most_common(1)
    if not c or not entities._is_han(c) or k < share * n:
        return False
    ((pair, _),) = collections.Counter({b: k for b, k in occ.after[name].items() if b[:1] == c}).most_common(1)
    return not (pair in ("同志", "先生", "女士") or any(r.startswith(pair) for r in entities._ROLES))


def known_people(
    mentions: collections.Counter[str],
    titled: collections.Counter[str],
    occ: Occurrences,
    stopped: set[str],
    min_docs: int = 3,
    share: float = 0.25,
) -> list[str]:
    """Names the rules find with a title in at least ``min_docs`` documents, that the corpus
    writes as that name in a good share of the times it writes the string (李干杰, not 高峰:
    the rest are mostly lists the rules do not see) and does not cut from a longer word."""
    out = []
    # a longer name the rules find as often holds a cut one (特朗 of 特朗普, 夏巴兹 of 夏巴兹·谢里夫)
    longer = collections.Counter[str]()
    for name, k in mentions.items():
        if len(name) >= 3:
            for a in range(len(name)):
                for b in range(a + 2, len(name) + (a > 0)):
                    longer[name[a:b]] = max(longer[name[a:b]], k)
    dotted_parts = {name.split("·")[0] for name in mentions if "·" in name}  # 夏巴兹 of 夏巴兹·谢里夫
    for name, docs in titled.items():
        if longer[name] >= mentions[name] or name in dotted_parts:
            continue
        if docs < min_docs or name in stopped or not 2 <= len(name.replace("·", "")) <= 12:
            continue
        if "·" not in name and mentions[name] < share * occ.count[name]:
            continue
        if not entities.looks_like_name(name) or "·" not in name and cut_often(occ, name):
            continue
        if "·" not in name and not entities._word_shaped_ok(gazetteer.default(), name):
            continue  # 全程参, 仲裁庭: common words cut to a name's length
        out.append(name)
    return sorted(out)


def cut_often(occ: Occurrences, name: str, share: float = 0.3) -> bool:
    """One character stands right before or after the string in many of its occurrences and
    makes no boundary (卡耶夫 of 托卡耶夫, 特朗 of 特朗普, 卢拉致 of 卢拉致电): a cut, not a name."""
    n = occ.count[name] or 1
    after: collections.Counter[str] = collections.Counter()
    for pair, k in occ.after[name].items():
        if not entities._follows_name(pair + "。", 0):
            after[pair[:1]] += k
    before: collections.Counter[str] = collections.Counter()
    for ctx, k in occ.before[name].items():
        if not ctx.endswith(entities._ROLE_SUFFIXES):
            before[ctx[-1:]] += k
    for counts in (after, before):
        for c, k in counts.most_common(3):
            if c and entities._is_han(c) and c not in entities._AFTER_ONE and k >= share * n:
                return True
    return False


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "folder",
        nargs="?",
        type=Path,
        default=ROOT.parent / "shared" / "corpus" / "large",
    )
    ap.add_argument("--out", type=Path, default=ROOT / "ftz_desktop" / "data" / "person_names.json")
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    started = time.monotonic()
    texts = read_texts(args.folder, args.limit)
    translit = transliteration_chars(texts)
    # extraction with the learned characters and no stop list
    entities._names.cache_clear()
    learning = entities._NameData(
        frozenset(),
        frozenset(translit) - entities._FUNCTION_CHARS,
        "learning",
        starts=entities._NAME_STARTS | frozenset(translit),
        cue_end_re=entities._cue_end_re(entities._NAME_STARTS | frozenset(translit)),
    )
    entities._names = lambda: learning  # type: ignore[assignment]
    mentions, titled = candidates(texts)
    occ = Occurrences(texts, mentions)
    occurrences = occ.count
    dictionary = gazetteer.load().segmenter()
    g = gazetteer.load()
    places = set(g.places)
    places.update(fold(f) for z in g.zones for f in (*z.names, z.province))
    foreign = json.loads((ROOT / "bench" / "foreign_places.json").read_text(encoding="utf-8"))
    places.update(fold(f) for f in foreign["places"])
    stop: dict[str, list[str]] = {"place": [], "word": [], "cut": [], "context": []}
    cut_of = full_names(occ, mentions)
    for name, n in sorted(mentions.items()):
        if "·" in name:
            continue
        if fold(name) in places:
            stop["place"].append(name)
            continue
        chinese = len(name) == 3 and name[0] in entities._SURNAMES and not entities._is_foreign(name)
        word = dictionary.has_word(name) and dictionary.suggest_freq(name) >= _WORD_FREQ
        if word and not chinese and n < 0.5 * occurrences[name]:
            stop["word"].append(name)
            continue
        if not chinese and name not in cut_of and cut_word(occ, name):
            stop["cut"].append(name)
            continue
        if not chinese and occurrences[name] >= 20 and n / occurrences[name] < 0.1 and titled[name] < 2:
            stop["context"].append(name)
    stopped = {w for ws in stop.values() for w in ws}
    people = known_people(mentions, titled, occ, stopped)
    out = {
        "about": (
            "Learned from a large news and law corpus by bench/person_names.py (facts about words, no text). "
            "transliteration_chars: characters of transliterated foreign names (a cut name is grown over them); "
            "stop: strings the person rules would take for names that are places, dictionary words or "
            "strings mostly used elsewhere, by reason; people: names the rules find with a title in several "
            "documents and the corpus writes mostly as that name (officials, public figures), found anywhere "
            "in a text. core/entities.py reads it."
        ),
        "transliteration_chars": translit,
        "full_names": dict(sorted(cut_of.items())),
        "stop": sorted(stopped),
        "people": people,
        "stop_by_reason": {k: sorted(v) for k, v in stop.items()},
    }
    args.out.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(texts)} documents, {time.monotonic() - started:.1f} s")
    print(f"transliteration characters: {len(translit)}")
    print(f"candidate names: {len(mentions)}; stopped: " + ", ".join(f"{k} {len(v)}" for k, v in stop.items()))
    print(f"known people: {len(people)}")
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
