"""Model objects pickled small and quick: each as its class and fields; equal attendees as one object."""

from __future__ import annotations

import copyreg
import gc
from collections.abc import Callable
from dataclasses import fields
from operator import attrgetter
from typing import Any, TypeVar

from brå_tui.model import NO_ITEMS, Attendee, Decision, Finding, FollowUp, Item, Meeting, RiskPicture, ScheduleEntry

T = TypeVar("T")


def without_gc(work: Callable[[], T]) -> T:
    """Run work with the cycle collector paused: (un)pickling a large store makes many objects and no cycles."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return work()
    finally:
        if enabled:
            gc.enable()


def _reducer(cls: type, skip: tuple[str, ...] = ()) -> Callable[[Any], tuple[Any, ...]]:
    """Pickle a model object as its class and its fields in order, which is small and quick to read back.

    List fields travel as tuples and become lists of exactly their length again (an unpickled list
    is over-allocated, which over a large store adds up).
    """
    chosen = [f for f in fields(cls) if f.init and f.name not in skip]
    lists = tuple(i for i, f in enumerate(chosen) if f.default_factory is list)
    get = attrgetter(*(f.name for f in chosen))
    if len(chosen) == 1:
        return lambda obj: (cls, (get(obj),))
    if not lists:
        return lambda obj: (cls, get(obj))

    def reduce(obj: Any) -> tuple[Any, ...]:
        values = list(get(obj))
        for i in lists:
            values[i] = tuple(values[i])
        return _rebuild, (cls, lists, *values)

    return reduce


def _rebuild(cls: type, lists: tuple[int, ...], *values: Any) -> Any:
    """A model object from its pickled fields."""
    args = list(values)
    for i in lists:
        # Objects in a loaded store are read, never changed in place (editing reads the file anew),
        # so every empty list can be the one shared, unchangeable NO_ITEMS.
        args[i] = list(args[i]) if args[i] else NO_ITEMS
    return cls(*args)


# Equal attendees of different meetings become one object while a load unpickles (a store of
# thousands of meetings names the same few dozen people over and over); emptied after each load.
POOL: dict[Any, Any] = {}


def _pooled(cls: type, *values: Any) -> Any:
    """The one object of cls with these field values in this load (a new one when they cannot be hashed)."""
    key = (cls, values)
    try:
        found = POOL.get(key)
    except TypeError:
        return cls(*values)
    if found is None:
        found = POOL[key] = cls(*values)
    return found


def _pooling(cls: type) -> Callable[[Any], tuple[Any, ...]]:
    """Pickle an object so that it comes back as the pooled one with the same fields."""
    get = attrgetter(*(f.name for f in fields(cls) if f.init))
    return lambda obj: (_pooled, (cls, *get(obj)))


DISPATCH = copyreg.dispatch_table.copy()
for _cls in (Attendee, Item, Decision, RiskPicture, FollowUp, ScheduleEntry, Finding):
    DISPATCH[_cls] = _reducer(_cls)
DISPATCH[Attendee] = _pooling(Attendee)
DISPATCH[Meeting] = _reducer(Meeting, ("path",))  # each load sets the path from the file it stats
