"""Where deskapp keeps its files, which database it opens, and this PC's station settings."""

from __future__ import annotations

import json
import logging
import os
import socket
from dataclasses import asdict, dataclass, field
from pathlib import Path

import platformdirs

from deskapp.printing.pages import ALLOWED_PAGES, PageSize, default_page

log = logging.getLogger(__name__)
APP = "deskapp"

PROFILES = ("front_desk", "control_room", "gate", "supervisor")
LANGUAGES = ("zh_CN", "en")


def config_dir() -> Path:
    return Path(os.environ.get("DESKAPP_CONFIG_DIR") or platformdirs.user_config_dir(APP, appauthor=False))


def data_dir() -> Path:
    return Path(os.environ.get("DESKAPP_DATA_DIR") or platformdirs.user_data_dir(APP, appauthor=False))


def log_dir() -> Path:
    return Path(os.environ.get("DESKAPP_LOG_DIR") or platformdirs.user_log_dir(APP, appauthor=False))


def database_url(cli_url: str | None = None, *, demo: bool = False) -> str:
    """``--database`` wins, then ``DESKAPP_DATABASE_URL``, then a SQLite file in the data folder."""
    if demo:
        return cli_url or f"sqlite:///{data_dir() / 'demo.sqlite3'}"
    return cli_url or os.environ.get("DESKAPP_DATABASE_URL") or f"sqlite:///{data_dir() / 'deskapp.sqlite3'}"


@dataclass
class PrinterChoice:
    printer: str = ""  # empty: the system's default printer
    page: str = ""  # empty: the printout kind's standard page (printing/pages.py DEFAULT_PAGES)


@dataclass
class StationConfig:
    """This PC's settings; kept in a JSON file in the user's config folder."""

    station_name: str = field(default_factory=lambda: socket.gethostname()[:64] or "desk")
    profile: str = "front_desk"
    language: str = "zh_CN"
    printers: dict[str, PrinterChoice] = field(default_factory=dict)
    receipt_roll: bool = False  # this PC has an 80 mm receipt printer for slips and work orders
    backup_folder: str = ""  # where this station's backups go (empty: beside a SQLite file); services/backup.py
    pg_bin: str = ""  # the folder of pg_dump/pg_restore when they are not on PATH

    def backup_dir(self, engine=None) -> Path:
        """This station's backup folder: its setting, else ``backups`` beside a SQLite file."""
        return Path(self.backup_folder) if self.backup_folder else default_backup_dir(engine)

    def printer_for(self, kind: str) -> PrinterChoice:
        return self.printers.setdefault(kind, PrinterChoice())

    def page_for(self, kind: str) -> PageSize:
        """The page size a printout of ``kind`` comes out on at this station."""
        chosen = self.printers.get(kind)
        if chosen is not None and chosen.page in {p.value for p in ALLOWED_PAGES.get(kind, tuple(PageSize))}:
            return PageSize(chosen.page)
        return default_page(kind, receipt_roll=self.receipt_roll)

    @classmethod
    def load(cls, path: Path) -> StationConfig:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("station settings %s unreadable (%s); using defaults", path, exc)
            return cls()
        cfg = cls()
        if isinstance(raw.get("station_name"), str) and raw["station_name"].strip():
            cfg.station_name = raw["station_name"].strip()[:64]
        if raw.get("profile") in PROFILES:
            cfg.profile = raw["profile"]
        if raw.get("language") in LANGUAGES:
            cfg.language = raw["language"]
        cfg.receipt_roll = raw.get("receipt_roll") is True
        for key in ("backup_folder", "pg_bin"):
            if isinstance(raw.get(key), str):
                setattr(cfg, key, raw[key].strip())
        for kind, choice in (raw.get("printers") or {}).items():
            if isinstance(choice, dict):
                cfg.printers[kind] = PrinterChoice(str(choice.get("printer", "")), str(choice.get("page", "")))
        return cfg

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(tmp, path)  # atomic on Windows and POSIX


def default_backup_dir(engine=None) -> Path:
    """Where backups go when the station names no folder: ``backups`` beside a SQLite file (or in the
    data folder). A second disk or a network share is better; the backup dialog says so."""
    database = getattr(getattr(engine, "url", None), "database", None)
    if engine is not None and engine.dialect.name == "sqlite" and database and database != ":memory:" \
            and not database.startswith("file:"):
        return Path(database).expanduser().parent / "backups"
    return data_dir() / "backups"


def station_config_path() -> Path:
    return config_dir() / "station.json"
