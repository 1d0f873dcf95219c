"""Tags and document tags of one library: counts, rename, merge and delete (with nesting by '/'),
each undoable with ``restore_tags``; the tags a document itself carries.

Every edit is its own committed, durable transaction (``store.db.write_transaction``).
"""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ftz_desktop.core.tags import is_under, normalize_tag, normalize_tags, renamed, tag_key
from ftz_desktop.errors import UserError
from ftz_desktop.records import TagCount, TagEdit, TagState
from ftz_desktop.services.editing import EditingService
from ftz_desktop.store import annotations as store

if TYPE_CHECKING:
    import sqlite_utils


class TagService(EditingService):
    """The tags of one library."""

    # --- tags -----------------------------------------------------------------------------
    def tags(self) -> list[TagCount]:
        """Every tag with its own counts, by name (a nested tag follows its parent)."""
        return store.tag_counts(self._connection())

    def tag_names(self) -> list[str]:
        """Every tag name, for autocompletion."""
        return [t.name for t in self.tags()]

    def tag_usage(self, name: str) -> TagCount:
        """What carries ``name`` or a tag nested below it (distinct annotations and documents):
        the counts a confirmation dialog shows before a rename, merge or delete."""
        t = normalize_tag(name)
        db = self._connection()
        anns: set[int] = set()
        docs: set[int] = set()
        for tid, _ in store.tags_under(db, t):
            a, d = store.tag_links(db, tid)
            anns.update(a)
            docs.update(d)
        return TagCount(t, len(anns), len(docs))

    def rename_tag(self, old: str, new: str) -> TagEdit:
        """Rename a tag and those nested below it ('政策' → '政务' renames '政策/金融' to '政务/金融').

        Raises UserError when a new name is already taken by another tag (use ``merge_tags``).
        """
        return self._move([old], new, merge=False)

    def merge_tags(self, sources: Iterable[str], into: str) -> TagEdit:
        """Put everything tagged with ``sources`` (and tags nested below them) under ``into``."""
        return self._move(list(sources), into, merge=True)

    def delete_tag(self, name: str) -> TagEdit:
        """Remove a tag and those nested below it from every annotation and document (which stay)."""
        t = normalize_tag(name)
        with self._edit() as db:
            under = store.tags_under(db, t)
            if not under:
                raise UserError(f"There is no tag '{name}'.")
            before = _snapshot(db, [n for _, n in under])
            for tid, _ in under:
                store.delete_tag(db, tid)
            return _edit_result(before, [n for _, n in under])

    def restore_tags(self, before: Iterable[TagState]) -> None:
        """Undo a tag edit: give each tag in ``before`` exactly the annotations and documents it
        had (creating it again if needed), and remove the tags that did not exist then."""
        with self._edit() as db:
            states = list(before)
            for s in states:  # first the tags that did not exist, so names are free again
                if not s.existed:
                    found = store.find_tag(db, s.name)
                    if found is not None:
                        store.delete_tag(db, found[0])
            for s in states:
                if not s.existed:
                    continue
                found = store.find_tag(db, s.name)
                if found is None:
                    tid = store.tag_id(db, s.name)
                else:
                    tid = found[0]
                    if found[1] != s.name:
                        store.rename_tag(db, tid, s.name)
                store.set_tag_links(db, tid, s.annotation_ids, s.doc_ids)

    def _move(self, sources: list[str], into: str, *, merge: bool) -> TagEdit:
        target = normalize_tag(into)
        if not target:
            raise UserError("The new tag name is empty.")
        srcs = list(normalize_tags(sources))
        if not srcs:
            raise UserError("No tag to rename.")
        with self._edit() as db:
            plan: dict[int, tuple[str, str]] = {}  # tag id → (old name, new name)
            for src in srcs:
                if merge and tag_key(src) != tag_key(target) and is_under(target, src):
                    raise UserError(f"Cannot merge '{src}' into '{target}', which is nested below it.")
                under = store.tags_under(db, src)
                if not under:
                    raise UserError(f"There is no tag '{src}'.")
                for tid, name in under:
                    plan.setdefault(tid, (name, renamed(name, src, target)))
            moving = set(plan)
            if not merge:
                for _old, new in plan.values():
                    found = store.find_tag(db, new)
                    if found is not None and found[0] not in moving:
                        raise UserError(f"There is already a tag '{found[1]}': merge the tags instead.")
            names = [old for old, _ in plan.values()] + [new for _, new in plan.values()]
            before = _snapshot(db, names)
            # two steps, so names swapped or nested inside the moving set never collide
            for tid in plan:
                temporary = f"\ufffemoving {tid} {uuid_module.uuid4()}"
                store.rename_tag(db, tid, temporary)
            for tid, (_old, new) in plan.items():
                found = store.find_tag(db, new)
                if found is None:
                    store.rename_tag(db, tid, new)
                    continue
                keep = found[0]
                store.move_tag_links(db, tid, keep)
                store.delete_tag(db, tid)
            return _edit_result(before, [old for old, _ in plan.values()])

    # --- document tags --------------------------------------------------------------------
    def document_tags(self, doc_id: int) -> tuple[str, ...]:
        """The tags given to a document itself (not to its passages)."""
        return store.document_tags(self._connection(), int(doc_id))

    def set_document_tags(self, doc_id: int, tags: Iterable[str]) -> tuple[str, ...]:
        """Give a document exactly these tags; returns them. Undo: call again with the old ones."""
        with self._edit() as db:
            self._document(db, doc_id)
            store.set_document_tags(db, int(doc_id), tags)
            return store.document_tags(db, int(doc_id))

    def add_document_tags(self, doc_id: int, tags: Iterable[str]) -> tuple[str, ...]:
        with self._edit() as db:
            self._document(db, doc_id)
            store.set_document_tags(db, int(doc_id), [*store.document_tags(db, int(doc_id)), *tags])
            return store.document_tags(db, int(doc_id))

    def remove_document_tags(self, doc_id: int, tags: Iterable[str]) -> tuple[str, ...]:
        drop = {tag_key(t) for t in normalize_tags(tags)}
        with self._edit() as db:
            self._document(db, doc_id)
            kept = [t for t in store.document_tags(db, int(doc_id)) if tag_key(t) not in drop]
            store.set_document_tags(db, int(doc_id), kept)
            return store.document_tags(db, int(doc_id))


def _snapshot(db: sqlite_utils.Database, names: Iterable[str]) -> tuple[TagState, ...]:
    states: dict[str, TagState] = {}
    for name in names:
        key = tag_key(name)
        if key in states:
            continue
        found = store.find_tag(db, name)
        if found is None:
            states[key] = TagState(name, False)
        else:
            anns, docs = store.tag_links(db, found[0])
            states[key] = TagState(found[1], True, tuple(sorted(anns)), tuple(sorted(docs)))
    return tuple(states.values())


def _edit_result(before: tuple[TagState, ...], moved: list[str]) -> TagEdit:
    keys = {tag_key(n) for n in moved}
    anns: set[int] = set()
    docs: set[int] = set()
    for s in before:
        if tag_key(s.name) in keys:
            anns.update(s.annotation_ids)
            docs.update(s.doc_ids)
    return TagEdit(len(anns), len(docs), tuple(sorted(moved)), before)
