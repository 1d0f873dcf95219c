"""The free trade zone gazetteer: zones, their areas (片区) and every form people write them in.

Loaded from ``data/gazetteer.json`` (data, not code) merged with an optional user file
``gazetteer.json`` in the config directory, which adds entries or overrides them by id. The same
data gives the alias index used by entity extraction and search, the search synonyms, and the
words of the segmenter's user dictionary, so segmentation and detection agree. Pure Python, no Qt.
"""

from __future__ import annotations

import calendar
import copy
import hashlib
import json
import logging
import os
import re
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ftz_desktop import package_data
from ftz_desktop.core.fold import fold

log = logging.getLogger(__name__)

__all__ = [
    "ALL_FTZ_ID",
    "ALL_FTZ_NAME",
    "Area",
    "Gazetteer",
    "GazetteerError",
    "Zone",
    "builtin_path",
    "default",
    "load",
    "reload",
    "user_path",
]

USER_FILENAME = "gazetteer.json"
#: The pseudo-zone of all pilot FTZs together (全国自贸试验区, 21个自贸试验区…): figures about them
#: all are attributed to it. It is no entry of the gazetteer: it has no areas and no forms.
ALL_FTZ_ID = "all_ftz"
ALL_FTZ_NAME = "全国自贸试验区"
KINDS = ("ftz", "ftp")  # pilot free trade zone, free trade port
_DATE_RE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
_ID_RE = re.compile(r"[a-z][a-z0-9_]*")


class GazetteerError(ValueError):
    """The gazetteer data is malformed or inconsistent; ``problems`` lists every issue found."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Area:
    """An area (片区) of a zone."""

    id: str  # "<zone id>.<area>", e.g. "heilongjiang.suifenhe"
    zone: str  # the zone's id
    name: str  # official name, e.g. 绥芬河片区
    aliases: tuple[str, ...]  # every unconditional form, the name first
    short: tuple[str, ...] = ()  # bare names (绥芬河): the area only where the text means it
    context_aliases: tuple[str, ...] = ()  # generic-looking names: the area only near its zone
    km2: float | None = None
    opened: str | None = None
    note: str | None = None
    city: str | None = None  # the city it lies in when that is not its name (深圳 for 前海)


@dataclass(frozen=True)
class Zone:
    """A pilot free trade zone (kind 'ftz') or free trade port ('ftp')."""

    id: str
    kind: str
    name: str  # official full name, e.g. 中国（黑龙江）自由贸易试验区
    names: tuple[str, ...]  # place words of its short forms, e.g. (黑龙江, 龙江)
    aliases: tuple[str, ...]  # every form, the official name first
    province: str
    plan_published: str | None
    opened: str | None
    km2: float | None
    note: str | None
    areas: tuple[Area, ...]
    display: str = ""  # the name lists and charts show: 黑龙江, 海南 (the pilot FTZ), 海南自贸港
    closed_operation: str | None = None  # the free trade port's 封关 day (YYYY-MM-DD)

    @property
    def short_name(self) -> str:
        """The word used in filters, e.g. 黑龙江 (the pilot FTZ and the free trade port of Hainan
        share 海南; ``display`` tells them apart)."""
        return self.names[0]

    @property
    def label(self) -> str:
        """The name lists, tables and charts show: ``display``, else the first name."""
        return self.display or self.names[0]


@dataclass(frozen=True)
class Form:
    """One entry of the alias index: a folded form and what it names."""

    kind: str  # 'zone' or 'area'
    id: str
    mode: str  # 'alias' (always), 'short' (bare area name), 'context' (needs the zone nearby)


@dataclass
class Gazetteer:
    """The loaded gazetteer with its alias index. Build with ``load``; treat as read-only."""

    zones: tuple[Zone, ...]
    synonyms: tuple[tuple[str, ...], ...]
    fingerprint: str  # changes whenever the merged data changes
    warnings: tuple[str, ...] = ()  # problems with the user file (which was then ignored)
    places: dict[str, str] = field(default_factory=dict)  # folded written form → canonical place name
    _zones: dict[str, Zone] = field(default_factory=dict, repr=False)
    _areas: dict[str, Area] = field(default_factory=dict, repr=False)
    _forms: dict[str, Form] = field(default_factory=dict, repr=False)
    _segmenter: Any = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _area_keys: dict[str, list[Area]] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        for z in self.zones:
            self._zones[z.id] = z
            for a in z.areas:
                self._areas[a.id] = a
        for z in self.zones:
            for form in z.aliases:
                self._forms.setdefault(fold(form), Form("zone", z.id, "alias"))
        for a in self.areas():
            for form in a.aliases:
                self._forms.setdefault(fold(form), Form("area", a.id, "alias"))
            for form in a.context_aliases:
                self._forms.setdefault(fold(form), Form("area", a.id, "context"))
            for form in a.short:
                self._forms.setdefault(fold(form), Form("area", a.id, "short"))
        for a in self.areas():
            # 雄安自贸试验区, 厦门自贸片区, 南沙自贸区: an area's short name with a zone word names the
            # area (a zone's own forms, added first, keep 上海自贸区 the zone's)
            for short in a.short:
                for word in AREA_ZONE_WORDS:
                    self._forms.setdefault(fold(short + word), Form("area", a.id, "alias"))

    # --- lookups ------------------------------------------------------------------------------
    def zone(self, zone_id: str) -> Zone:
        return self._zones[zone_id]

    def area(self, area_id: str) -> Area:
        return self._areas[area_id]

    def areas(self) -> list[Area]:
        return [a for z in self.zones for a in z.areas]

    def display_name(self, zone_id: str) -> str:
        """What lists and charts show for a zone id (all_ftz included); the id if unknown."""
        if zone_id == ALL_FTZ_ID:
            return ALL_FTZ_NAME
        z = self._zones.get(zone_id)
        return z.label if z is not None else zone_id

    def forms(self) -> dict[str, Form]:
        """Folded form → what it names (zone and area forms; bare and context-only names marked)."""
        return dict(self._forms)

    def lookup(self, text: str) -> Form | None:
        """What ``text`` names if it is exactly one of the forms (after folding), else None."""
        return self._forms.get(fold(text.strip()))

    def resolve_zone(self, value: str) -> list[Zone]:
        """Zones that ``value`` names: id, place word (黑龙江), province (黑龙江省), any form.

        An area's form resolves to its zone. Several zones may answer (海南: the FTZ and the port).
        """
        v = fold(value.strip())
        if not v:
            return []
        out: list[Zone] = []
        for z in self.zones:
            keys = {
                fold(z.id),
                fold(z.province),
                *(fold(n) for n in z.names),
                *(fold(a) for a in z.aliases),
            }
            keys.add(fold(_strip_admin(z.province)))
            if v in keys:
                out.append(z)
        if not out:
            form = self._forms.get(v)
            if form is not None:
                zid = form.id if form.kind == "zone" else self._areas[form.id].zone
                out.append(self._zones[zid])
        return out

    def resolve_area(self, value: str) -> list[Area]:
        """Areas that ``value`` names: id, official name, alias, bare name (绥芬河) or context name."""
        v = fold(value.strip())
        if not v:
            return []
        if self._area_keys is None:  # every written form of every area, folded once
            index: dict[str, list[Area]] = {}
            for a in self.areas():
                for key in {fold(a.id), *(fold(x) for x in a.aliases + a.short + a.context_aliases)}:
                    index.setdefault(key, []).append(a)
            self._area_keys = index
        return list(self._area_keys.get(v, ()))

    # --- search support -----------------------------------------------------------------------
    def expansions(self, term: str) -> tuple[str, ...]:
        """Other forms that mean what ``term`` means (zone/area forms, synonyms), ``term`` excluded.

        黑龙江自贸区 → 中国（黑龙江）自由贸易试验区, 黑龙江自由贸易试验区, …;
        自贸区建设 → 自贸试验区建设, 自由贸易试验区建设.
        """
        key = fold(term.strip())
        if not key:
            return ()
        out: list[str] = []
        form = self._forms.get(key)
        if form is not None and form.mode == "alias":
            if form.kind == "zone":
                out.extend(self._zones[form.id].aliases)
            else:
                out.extend(self._areas[form.id].aliases)
        for group in self.synonyms:
            for member in sorted(group, key=len, reverse=True):
                m = fold(member)
                if m and m in key:
                    for other in group:
                        if other != member:
                            out.append(key.replace(m, fold(other)))
                    break
        seen = {key}
        unique: list[str] = []
        for x in out:
            f = fold(x)
            if f not in seen:
                seen.add(f)
                unique.append(x)
        return tuple(unique)

    # --- the segmenter's user dictionary ------------------------------------------------------
    def user_words(self) -> list[tuple[str, str]]:
        """(word, part-of-speech tag) for the segmenter: place words, suffixes, area names.

        Composite zone forms (黑龙江自贸区) are left out, so that they segment as 黑龙江 | 自贸区.
        Area forms carry the tag 'nsa', so the tagger shows them as one place-like word.
        """
        words: dict[str, str] = {}
        for z in self.zones:
            for n in z.names:
                words.setdefault(n, "ns")
            words.setdefault(z.province, "ns")
        for group in self.synonyms:
            for s in group:
                words.setdefault(s, "nz")
        for a in self.areas():
            for form in a.aliases + a.context_aliases:
                if _plain_word(form):
                    words[form] = "nsa"
            for s in a.short:
                words.setdefault(s, "ns")
        for form in self.places:
            if _plain_word(form):
                words.setdefault(form, "ns")
        return sorted(words.items())

    def segmenter(self) -> Any:
        """An rjieba.Jieba with ``user_words`` added (built once per gazetteer, on first use)."""
        with self._lock:
            if self._segmenter is None:
                import rjieba

                jieba = rjieba.Jieba()
                for word, tag in self.user_words():
                    jieba.add_word(word, None, tag)
                for word, tag in FIGURE_WORDS:
                    # frequent enough to win over the dictionary's cuts (占|比达 → 占比|达)
                    jieba.add_word(word, max(1000, jieba.suggest_freq(word)), tag)
                self._segmenter = jieba
            return self._segmenter


#: Zone words after an area's short name that make a name of the area (雄安自贸试验区).
AREA_ZONE_WORDS = ("自贸片区", "自贸区", "自贸试验区", "自由贸易试验区", "自由贸易片区", "自由贸易试验片区")

#: Words of figures' labels the dictionary cuts apart (新|设, 占|比达), with their tags.
FIGURE_WORDS: tuple[tuple[str, str], ...] = (
    ("占比", "n"),
    ("比重", "n"),
    ("新设", "v"),
    ("新设立", "v"),
    ("新登记", "v"),
    ("新引进", "v"),
    ("新签约", "v"),
    ("实际使用", "v"),
    ("实际利用", "v"),
    ("复制推广", "v"),
    ("进出口额", "n"),
)


def _plain_word(s: str) -> bool:
    return bool(s) and all("\u4e00" <= c <= "\u9fff" for c in s)


def _strip_admin(province: str) -> str:
    for suffix in ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市"):
        if province.endswith(suffix) and len(province) > len(suffix) + 1:
            return province[: -len(suffix)]
    return province


# --- building from data -----------------------------------------------------------------------


def builtin_path() -> Path:
    """``data/gazetteer.json`` inside the package."""
    return package_data.data_path("gazetteer.json")


def places_path() -> Path:
    """``data/places.json``: place names for the 'place' entities and the segmenter."""
    return package_data.data_path("places.json")


def load_places(path: Path | None = None, extra: Iterable[Iterable[str]] = ()) -> dict[str, str]:
    """Folded written form → canonical name (the first form of each group)."""
    data = json.loads((path or places_path()).read_text(encoding="utf-8"))
    out: dict[str, str] = {}
    groups = [g for key, value in data.items() if isinstance(value, list) for g in value]
    for group in [*groups, *extra]:
        group = [str(x).strip() for x in group if str(x).strip()]
        for form in group:
            out.setdefault(fold(form), group[0])
    return out


def user_path() -> Path:
    """The user's override file: ``gazetteer.json`` in the config directory."""
    from ftz_desktop.paths import config_dir

    return config_dir() / USER_FILENAME


def merge(base: dict[str, Any], user: dict[str, Any]) -> dict[str, Any]:
    """``base`` with the user's entries: zones (and their areas) added or overridden by id,
    synonym groups added. Fields the user gives replace those of the entry; others stay."""
    out = copy.deepcopy(base)
    zones = {z["id"]: z for z in out.get("zones", [])}
    problems: list[str] = []
    if not isinstance(user, dict):
        raise GazetteerError(["the user gazetteer must be a JSON object"])
    for entry in user.get("zones", []):
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            problems.append("every zone in the user gazetteer needs an 'id'")
            continue
        zid = entry["id"]
        if zid in zones:
            target = zones[zid]
            for k, v in entry.items():
                if k != "areas":
                    target[k] = copy.deepcopy(v)
            areas = {a["id"]: a for a in target.setdefault("areas", [])}
            for area in entry.get("areas", []):
                if not isinstance(area, dict) or not isinstance(area.get("id"), str):
                    problems.append(f"zone {zid}: every area needs an 'id'")
                    continue
                if area["id"] in areas:
                    areas[area["id"]].update(copy.deepcopy(area))
                else:
                    target["areas"].append(copy.deepcopy(area))
        else:
            new = copy.deepcopy(entry)
            new.setdefault("areas", [])
            out.setdefault("zones", []).append(new)
            zones[zid] = new
    for group in user.get("synonyms", []):
        out.setdefault("synonyms", []).append(group)
    for group in user.get("places", []):
        out.setdefault("places", []).append(group)
    if problems:
        raise GazetteerError(problems)
    return out


def build(data: dict[str, Any], *, warnings: Iterable[str] = ()) -> Gazetteer:
    """A Gazetteer from parsed JSON data; raises GazetteerError listing every problem."""
    problems: list[str] = []
    suffixes: dict[str, list[str]] = data.get("zone_suffixes", {})
    formats: dict[str, str] = data.get("official_format", {})
    zones: list[Zone] = []
    for raw in data.get("zones", []):
        try:
            zones.append(_zone(raw, suffixes, formats, problems))
        except (KeyError, TypeError, ValueError) as exc:
            problems.append(f"zone {raw.get('id', '?') if isinstance(raw, dict) else '?'}: {exc!r}")
    synonyms = tuple(tuple(str(s) for s in g) for g in data.get("synonyms", []) if len(g) >= 2)
    problems.extend(check(zones))
    if problems:
        raise GazetteerError(problems)
    try:
        places = load_places(extra=data.get("places", []))
    except (OSError, ValueError) as exc:
        raise GazetteerError([f"places: {exc}"]) from exc
    blob = json.dumps([data, sorted(places.items())], sort_keys=True, ensure_ascii=False)
    digest = hashlib.sha1(blob.encode()).hexdigest()[:16]
    return Gazetteer(tuple(zones), synonyms, digest, tuple(warnings), places)


def _str_tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(x, str) and x.strip() for x in value):
        raise ValueError(f"expected a list of non-empty strings, got {value!r}")
    return tuple(x.strip() for x in value)


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    out = []
    for x in items:
        if fold(x) not in seen:
            seen.add(fold(x))
            out.append(x)
    return tuple(out)


def _zone(
    raw: dict[str, Any],
    suffixes: dict[str, list[str]],
    formats: dict[str, str],
    problems: list[str],
) -> Zone:
    zid = raw["id"]
    kind = raw.get("kind", "ftz")
    names = _str_tuple(raw.get("names"))
    if not names:
        raise ValueError("needs at least one name")
    fmt = formats.get(kind, "中国（{name}）自由贸易试验区")
    official = raw.get("name") or fmt.format(name=names[0])
    forms: list[str] = [official]
    for n in names:
        for s in suffixes.get(kind, []):
            forms.append(n + s)
            if kind == "ftz" and n == names[0]:
                forms.append(f"中国（{n}）{s}")
    forms.extend(_str_tuple(raw.get("aliases")))
    areas = []
    for a in raw.get("areas", []):
        short = _str_tuple(a.get("short"))
        name = a["name"]
        # 绥芬河片区, 绥芬河自贸片区, and the colloquial 绥芬河自贸区 / 南沙自贸区
        generated = [f"{s}{suffix}" for suffix in ("片区", "自贸片区", "自贸区") for s in short]
        areas.append(
            Area(
                id=a["id"],
                zone=zid,
                name=name,
                aliases=_unique([name, *_str_tuple(a.get("aliases")), *generated]),
                short=short,
                context_aliases=_str_tuple(a.get("context_aliases")),
                km2=a.get("km2"),
                opened=a.get("opened"),
                note=a.get("note"),
                city=a.get("city"),
            )
        )
    # an area whose only name is generic (中心片区) is listed under context_aliases: not unconditional
    areas = [
        Area(
            **{
                **a.__dict__,
                "aliases": tuple(x for x in a.aliases if fold(x) not in {fold(c) for c in a.context_aliases}),
            }
        )
        for a in areas
    ]
    return Zone(
        id=zid,
        kind=kind,
        name=official,
        names=names,
        aliases=_unique(forms),
        province=raw.get("province", ""),
        plan_published=raw.get("plan_published"),
        opened=raw.get("opened"),
        km2=raw.get("km2"),
        note=raw.get("note"),
        areas=tuple(areas),
        display=str(raw.get("display") or ""),
        closed_operation=raw.get("closed_operation"),
    )


def _date_range(value: str) -> tuple[str, str] | None:
    """First and last day covered by 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; None if not a valid date."""
    m = _DATE_RE.fullmatch(value)
    if m is None:
        return None
    y = int(m[1])
    if not 2000 <= y <= 2100:
        return None
    if m[2] is None:
        return f"{y:04d}-01-01", f"{y:04d}-12-31"
    mo = int(m[2])
    if not 1 <= mo <= 12:
        return None
    last = calendar.monthrange(y, mo)[1]
    if m[3] is None:
        return f"{y:04d}-{mo:02d}-01", f"{y:04d}-{mo:02d}-{last:02d}"
    d = int(m[3])
    if not 1 <= d <= last:
        return None
    return value, value


def check(zones: list[Zone]) -> list[str]:
    """Integrity problems: ids, one zone per area, unique forms, valid dates and sizes."""
    problems: list[str] = []
    seen_ids: dict[str, str] = {}
    owner: dict[str, tuple[str, str]] = {}  # folded form → (kind, id)

    def claim(form: str, kind: str, ident: str) -> None:
        f = fold(form)
        prev = owner.get(f)
        if prev is not None and prev != (kind, ident):
            problems.append(f"'{form}' names both {prev[0]} {prev[1]} and {kind} {ident}")
        owner.setdefault(f, (kind, ident))

    for z in zones:
        if not _ID_RE.fullmatch(z.id):
            problems.append(f"zone id '{z.id}' must be lower-case letters, digits and _")
        if z.id in seen_ids:
            problems.append(f"zone id '{z.id}' is used twice")
        seen_ids[z.id] = "zone"
        if z.kind not in KINDS:
            problems.append(f"zone {z.id}: kind must be one of {', '.join(KINDS)}")
        if not z.province:
            problems.append(f"zone {z.id}: no province")
        for form in z.aliases:
            claim(form, "zone", z.id)
        dates = {}
        for label in ("plan_published", "opened"):
            value = getattr(z, label)
            if value is None:
                continue
            rng = _date_range(str(value))
            if rng is None:
                problems.append(f"zone {z.id}: {label} '{value}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
            else:
                dates[label] = rng
        if "plan_published" in dates and "opened" in dates and dates["opened"][1] < dates["plan_published"][0]:
            problems.append(f"zone {z.id}: opened before its plan was published")
        if z.km2 is not None and not (isinstance(z.km2, (int, float)) and z.km2 > 0):
            problems.append(f"zone {z.id}: km2 must be a positive number")
        total = 0.0
        for a in z.areas:
            if a.id in seen_ids:
                problems.append(f"area id '{a.id}' is used twice")
            seen_ids[a.id] = "area"
            if not a.id.startswith(z.id + ".") or not _ID_RE.fullmatch(a.id[len(z.id) + 1 :]):
                problems.append(f"area id '{a.id}' must be '{z.id}.<name>'")
            if a.zone != z.id:
                problems.append(f"area {a.id} belongs to {a.zone}, listed under {z.id}")
            if not a.name:
                problems.append(f"area {a.id}: no name")
            for form in a.aliases + a.short + a.context_aliases:
                claim(form, "area", a.id)
            if a.opened is not None and _date_range(str(a.opened)) is None:
                problems.append(f"area {a.id}: opened '{a.opened}' is not a date")
            if a.km2 is not None:
                if not (isinstance(a.km2, (int, float)) and a.km2 > 0):
                    problems.append(f"area {a.id}: km2 must be a positive number")
                else:
                    total += a.km2
        if z.km2 is not None and total > z.km2 + 0.05:
            problems.append(f"zone {z.id}: its areas add up to {total:.2f} km², more than its {z.km2} km²")
    # every area in exactly one zone: an area id listed under two zones is caught above
    labels: dict[str, str] = {}
    for z in zones:
        if z.label in labels:
            problems.append(f"zones {labels[z.label]} and {z.id} would both read '{z.label}': give one a 'display'")
        labels.setdefault(z.label, z.id)
    return problems


def load(path: Path | None = None, user: Path | None = None) -> Gazetteer:
    """The built-in gazetteer (or ``path``) merged with the user file ``user`` if it exists.

    A broken user file is ignored (the built-in data is used) and its problems are in
    ``Gazetteer.warnings``; a broken built-in file raises GazetteerError.
    """
    base = json.loads((path or builtin_path()).read_text(encoding="utf-8"))
    if user is not None and user.is_file():
        try:
            data = merge(base, json.loads(user.read_text(encoding="utf-8")))
            return build(data)
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            warnings = [f"{user}: cannot be read: {exc}"]
        except GazetteerError as exc:
            warnings = [f"{user}: {p}" for p in exc.problems]
        for w in warnings:
            log.warning("user gazetteer ignored: %s", w)
        return build(base, warnings=warnings)
    return build(base)


# --- the process-wide instance ----------------------------------------------------------------

_cache_lock = threading.Lock()
_cached: Gazetteer | None = None
_cached_stamp: tuple[object, ...] | None = None
_checked_at = 0.0
CHECK_INTERVAL = 2.0  # seconds between looks at the user file


def _stamp(p: Path) -> tuple[object, ...]:
    try:
        st = os.stat(p)
    except OSError:
        return (str(p), None)
    return (str(p), st.st_mtime_ns, st.st_size)


def default() -> Gazetteer:
    """The gazetteer in use: built-in data plus the user file, reloaded when that file changes."""
    global _cached, _cached_stamp, _checked_at
    now = time.monotonic()
    with _cache_lock:
        if _cached is not None and now - _checked_at < CHECK_INTERVAL:
            return _cached
        up = user_path()
        stamp = _stamp(up)
        _checked_at = now
        if _cached is None or stamp != _cached_stamp:
            _cached = load(user=up)
            _cached_stamp = stamp
        return _cached


def reload() -> Gazetteer:
    """Forget the cached gazetteer and load it again (after the user file changed)."""
    global _cached, _cached_stamp
    with _cache_lock:
        _cached = None
        _cached_stamp = None
    return default()
