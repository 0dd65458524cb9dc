"""Export of the resident directory to .xlsx, in the columns the import reads back."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from sqlalchemy import select

from deskapp.db.models import Resident, ResidentPhone, Unit
from deskapp.domain.directory import ResidentRole
from deskapp.domain.roles import Actor, Permission
from deskapp.services.base import Database
from deskapp.services.directory import ROLE_ORDER

HEADERS = ("房号", "楼栋", "姓名", "身份", "电话", "电话2", "电话3", "入住日期", "迁出日期", "面积", "备注", "状态")
ROLE_WORDS = {ResidentRole.OWNER: "业主", ResidentRole.TENANT: "租户", ResidentRole.FAMILY: "家属"}


class DirectoryExportService:
    def __init__(self, *, db: Database) -> None:
        self._db = db

    def export_xlsx(self, actor: Actor, path: str | Path) -> int:
        """Write every unit and resident (void ones marked) to ``path``; returns the row count."""
        actor.require(Permission.DIRECTORY_EXPORT)
        from openpyxl import Workbook

        wb = Workbook(write_only=True)
        ws = wb.create_sheet("住户档案")
        ws.append(HEADERS)
        count = 0
        with self._db.read() as s:
            phones: dict[int, list[str]] = defaultdict(list)
            for rid, phone in s.execute(select(ResidentPhone.resident_id, ResidentPhone.phone)
                                        .order_by(ResidentPhone.resident_id, ResidentPhone.position)):
                phones[rid].append(phone)
            stmt = (select(Unit, Resident).outerjoin(Resident, Resident.unit_id == Unit.id)
                    .where(Unit.voided_at.is_(None)).order_by(Unit.sort_key, ROLE_ORDER, Resident.id))
            for unit, res in s.execute(stmt):
                ph = phones.get(res.id, []) if res else []
                status = ""
                if res is not None and res.voided_at is not None:
                    status = f"作废：{res.void_reason or ''}"
                elif res is not None and res.moved_out is not None:
                    status = "已迁出"
                ws.append([
                    unit.room_no, unit.building.name, res.name if res else "",
                    ROLE_WORDS[ResidentRole(res.role)] if res else "",
                    *(ph + ["", "", ""])[:3],
                    res.moved_in if res else None, res.moved_out if res else None,
                    unit.area_m2 or "", res.notes if res else "", status,
                ])
                count += 1
        wb.save(Path(path))
        return count
