"""Page sizes of printouts (kept apart from the templates so choosing one loads no reportlab)."""

from __future__ import annotations

import enum


class PageSize(enum.StrEnum):
    A4 = "A4"
    A5 = "A5"
    RECEIPT_80 = "80mm"


PAGE_LABELS = {PageSize.A4: "A4", PageSize.A5: "A5", PageSize.RECEIPT_80: "80 mm"}
