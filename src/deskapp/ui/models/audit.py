"""A record's history in the audit viewer: one row per step, oldest first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskapp.domain.errors import QT_TRANSLATE_NOOP
from deskapp.services.audit_view import ACTION_LABELS, AuditEntry, field_label
from deskapp.ui.models.table import Column, RowsModel

_SNAPSHOT_SEPARATOR = "; "


def action_text(entry: AuditEntry) -> str:
    return QCoreApplication.translate("audit", ACTION_LABELS.get(entry.action, entry.action))


def field_text(field: str | None) -> str:
    return QCoreApplication.translate("audit", field_label(field)) if field else ""


def value_text(value: str | None) -> str:
    """A value as stored, on one line; an empty one said so (a field filled in or cleared)."""
    if value is None or value == "":
        return QCoreApplication.translate("audit", "(empty)")
    return value.replace("\r", " ").replace("\n", " / ")  # one line in the list; the tooltip has it whole


def value_text_whole(value: str | None) -> str:
    """A value as stored, its lines kept (the tooltip)."""
    return QCoreApplication.translate("audit", "(empty)") if value is None or value == "" else value


def who_text(entry: AuditEntry) -> str:
    if not entry.staff_name and not entry.staff_no:
        return QCoreApplication.translate("audit", "(system)")  # a migration, the demo, an import at setup
    return f"{entry.staff_name} ({entry.staff_no})"


# What the entry's own columns already say (its id is in the title): left out of the list's cell only.
_SAID_ALREADY = frozenset({"id", "created_at", "created_by_id", "created_station"})


def snapshot_lines(entry: AuditEntry, *, brief: bool = False) -> list[str]:
    """A created (or removed) record's fields, one "field: value" each (``brief``: not those the entry's
    time, staff and station columns already show)."""
    return [f"{field_text(k)}: {value_text(v)}" if k else value_text(v) for k, v in entry.snapshot
            if not (brief and k in _SAID_ALREADY)]


def change_text(entry: AuditEntry) -> str:
    """What the step did to the record: old → new, the fields it was created with, a void's reason."""
    if entry.action == "void":  # its reason is in the reason column; a differing void_reason is said here
        return "" if entry.new in (None, "", entry.reason) else value_text(entry.new)
    if entry.snapshot or entry.action in ("insert", "baseline", "delete"):
        label = (QT_TRANSLATE_NOOP("audit", "removed, was: {fields}") if entry.action == "delete"
                 else QT_TRANSLATE_NOOP("audit", "created with: {fields}"))
        return QCoreApplication.translate("audit", label).format(
            fields=_SNAPSHOT_SEPARATOR.join(snapshot_lines(entry, brief=True)))
    if entry.old is None and entry.action != "update":  # an entry of its own (a number revealed): its value, if any
        return "" if entry.new is None else value_text(entry.new)
    return f"{value_text(entry.old)} → {value_text(entry.new)}"


class AuditEntriesModel(RowsModel[AuditEntry]):
    stretch_column = "Change"
    columns = (
        Column(QT_TRANSLATE_NOOP("models", "Time"), lambda e: e.when),
        Column(QT_TRANSLATE_NOOP("models", "Staff"), who_text),
        Column(QT_TRANSLATE_NOOP("models", "Station"), lambda e: e.station),
        Column(QT_TRANSLATE_NOOP("models", "Action"), action_text),
        Column(QT_TRANSLATE_NOOP("models", "Field"), lambda e: field_text(e.field)),
        Column(QT_TRANSLATE_NOOP("models", "Change"), change_text),
        Column(QT_TRANSLATE_NOOP("models", "Reason"), lambda e: e.reason or ""),
    )

    def is_warning(self, row: AuditEntry) -> bool:
        return row.action in ("void", "reveal")

    def tooltip(self, row: AuditEntry) -> str | None:
        """The whole of a long change: a created record's fields one per line."""
        if row.snapshot:
            return "\n".join(snapshot_lines(row))
        if row.action == "void":
            return row.reason
        if row.old is None and row.new is None:
            return None
        return f"{value_text_whole(row.old)}\n→\n{value_text_whole(row.new)}"
