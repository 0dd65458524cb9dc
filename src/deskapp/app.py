"""Composition root: settings → engine → migrations → services → set-up/login → main window."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
from pathlib import Path

from deskapp import __version__, config
from deskapp.domain.errors import DeskError
from deskapp.logsafe import ScrubbingFormatter

log = logging.getLogger("deskapp")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="deskapp", description="Front desk and control room of a property-service centre.")
    p.add_argument("--version", action="version", version=f"deskapp {__version__}")
    p.add_argument("--database", metavar="URL",
                   help="database URL (default: DESKAPP_DATABASE_URL, else a SQLite file in the user data folder); "
                        "e.g. postgresql+psycopg://user:password@server/deskapp")
    p.add_argument("--demo", action="store_true", help="open a separate demo database with a made-up site")
    p.add_argument("--language", choices=config.LANGUAGES, help="UI language for this run")
    p.add_argument("--self-check", action="store_true",
                   help="check this installation in a throwaway folder (migrations, printouts, the window "
                        "offscreen) and exit: 0 when all is well")
    commands = p.add_subparsers(dest="command", metavar="COMMAND")
    verify = commands.add_parser(
        "verify-log", help="check the audit chain and every record against it (exit 0: intact, 1: findings)",
        description="Walk the audit chain and compare every audited record with its trail; name the first "
                    "entry changed, removed or inserted, and every record changed, deleted or inserted behind "
                    "the app's back. Exit code 0: intact; 1: findings; 2: the database could not be checked.")
    verify.add_argument("--database", dest="verify_database", metavar="URL", help="as --database above")
    verify.add_argument("--expect", metavar="SEQ:HASH",
                        help="an entry and its hash written down earlier (the head a check printed): tells whether "
                             "the trail was rewritten up to there")
    backup = commands.add_parser(
        "backup", help="back the database up now, check the copy and prune old ones (exit 0: done, 1: failed)",
        description="Back the database up into the backup folder (SQLite: the online backup API and integrity_check; "
                    "PostgreSQL: pg_dump -Fc and pg_restore --list), then keep 14 daily, 8 weekly and 12 monthly "
                    "backups. For the OS scheduler (Windows Task Scheduler, cron). Exit code 0: a good backup "
                    "was made; 1: it failed (said why on stderr).")
    backup.add_argument("--database", dest="backup_database", metavar="URL", help="as --database above")
    backup.add_argument("--folder", metavar="FOLDER",
                        help="where to put it (default: this station's backup folder, else 'backups' beside the file)")
    backup.add_argument("--pg-bin", metavar="FOLDER",
                        help="the folder of pg_dump and pg_restore (default: this station's setting, else PATH)")
    return p.parse_args(argv)


def setup_logging() -> Path:
    folder = config.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "deskapp.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=5_000_000, backupCount=5, encoding="utf-8")
    # Every line scrubbed: no SQL parameters, password hashes or full ID numbers in the log file.
    handler.setFormatter(ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def describe(url: str) -> str:
    """The database for the status bar, without a password."""
    from sqlalchemy.engine import make_url

    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        return f"SQLite {u.database}"
    return f"PostgreSQL {u.host or 'localhost'}/{u.database or ''}"


def build(engine, *, hasher=None, clock=None, backup_folder: Path | None = None, pg_bin: str | None = None):
    """The services over ``engine``; the same wiring is used by tests and benchmarks."""
    from deskapp.services.audit_view import AuditViewService
    from deskapp.services.auth import AuthService
    from deskapp.services.backup import BackupService
    from deskapp.services.base import Database, SystemClock
    from deskapp.services.board import BoardService
    from deskapp.services.bundle import AppServices
    from deskapp.services.calls import CallService
    from deskapp.services.card_printouts import CardPrintService
    from deskapp.services.cards import CardService
    from deskapp.services.control import ControlService
    from deskapp.services.directory import DirectoryService
    from deskapp.services.directory_export import DirectoryExportService
    from deskapp.services.directory_import import DirectoryImportService
    from deskapp.services.guests import GuestService
    from deskapp.services.history import HistoryService
    from deskapp.services.integrity import IntegrityService
    from deskapp.services.passes import PassService
    from deskapp.services.passwords import Hasher
    from deskapp.services.printouts import PrintService
    from deskapp.services.requests import RequestService
    from deskapp.services.search_all import SearchService
    from deskapp.services.shifts import ShiftService
    from deskapp.services.site import SiteService
    from deskapp.services.staff import StaffService
    from deskapp.services.statistics import StatisticsService
    from deskapp.services.visits import VisitService

    if clock is None:
        clock = SystemClock()
        clock.sync_with(engine)
    hasher = hasher or Hasher()
    db = Database(engine, clock=clock)
    site = SiteService(db=db, hasher=hasher)
    directory = DirectoryService(db=db)
    auth = AuthService(db=db, hasher=hasher)
    guests = GuestService(db=db, auth=auth)
    requests = RequestService(db=db, site=site)
    visits = VisitService(db=db, requests=requests)
    calls = CallService(db=db, requests=requests)
    passes = PassService(db=db, site=site)
    printing = PrintService(db=db, directory=directory, site=site, guests=guests, requests=requests, passes=passes)
    cards = CardService(db=db, site=site)
    control = ControlService(db=db, site=site)
    backups = BackupService(db=db, folder=backup_folder or config.default_backup_dir(engine), pg_bin=pg_bin)
    return db, AppServices(
        db=db, site=site, auth=auth, staff=StaffService(db=db, hasher=hasher),
        directory=directory, directory_import=DirectoryImportService(db=db),
        directory_export=DirectoryExportService(db=db),
        printing=printing,
        visits=visits, guests=guests, requests=requests, calls=calls,
        history=HistoryService(visits=visits, calls=calls, requests=requests, passes=passes),
        passes=passes,
        control=control,
        shifts=ShiftService(db=db, auth=auth),
        cards=cards,
        card_printing=CardPrintService(db=db, cards=cards, printing=printing, site=site),
        integrity=IntegrityService(db=db),
        backups=backups,
        audit_view=AuditViewService(db=db),
        search=SearchService(directory=directory, visits=visits, guests=guests, requests=requests, passes=passes,
                             cards=cards, control=control),
        board=BoardService(db=db, control=control, backups=backups),
        statistics=StatisticsService(db=db, site=site, control=control, printing=printing),
    )


def open_services(url: str, *, demo: bool):
    """Open (and migrate, and for --demo seed) the database; the services over it, or an exit code."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from deskapp.db.engine import make_engine
    from deskapp.db.errors import known_error
    from deskapp.db.migrate import upgrade
    from deskapp.ui.forms import tr_error

    try:
        engine = make_engine(url)
        upgrade(engine)
        db, services = build(engine)
        if demo and services.site.needs_setup():
            from deskapp.services.demo import seed_demo
            from deskapp.services.passwords import Hasher

            seed_demo(db, Hasher())
        return db, services
    except DeskError as exc:
        QMessageBox.critical(None, "deskapp", tr_error(exc))
    except Exception as exc:  # the database cannot be opened at all: say so plainly
        log.exception("cannot open database %s", describe(url))
        known = known_error(exc)
        QMessageBox.critical(None, "deskapp", tr_error(known) if known else
                             QApplication.translate("messages", "The database {database} cannot be opened: {reason}")
                             .format(database=describe(url), reason=exc))
    return 2


def verify_log_command(args: argparse.Namespace) -> int:
    """``deskapp verify-log``: the report on stdout; 0 intact, 1 findings, 2 not checked (said why)."""
    from sqlalchemy.engine import make_url

    from deskapp.db.engine import make_engine
    from deskapp.db.errors import known_error
    from deskapp.db.migrate import HEAD, current_revision
    from deskapp.services.integrity import parse_expect, verify_log

    url = config.database_url(args.verify_database or args.database, demo=args.demo)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and not Path(parsed.database or "").exists():
        print(f"{describe(url)}: there is no database file there.", file=sys.stderr)
        return 2
    try:
        expect = parse_expect(args.expect) if args.expect else None
        engine = make_engine(url)
        revision = current_revision(engine)
        if revision != HEAD:
            print(f"{describe(url)} is at schema revision {revision or 'none'}; this deskapp checks revision {HEAD}. "
                  "Start deskapp on it once to upgrade it.", file=sys.stderr)
            return 2
        report = verify_log(engine, expect=expect)
    except DeskError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except Exception as exc:
        known = known_error(exc)
        if known is None:
            raise
        print(f"{describe(url)}: {known}", file=sys.stderr)
        return 2
    print(f"{describe(url)}: {report.seconds:.1f} s")
    print("\n".join(report.lines()))
    log.log(logging.INFO if report.intact else logging.WARNING, "verify-log on %s: %d entries, head %s, %d findings",
            describe(url), report.entries, report.head, len(report.findings) + report.more)
    return 0 if report.intact else 1


def backup_command(args: argparse.Namespace) -> int:
    """``deskapp backup``: one backup, checked and pruned; 0 done, 1 failed (said why on stderr)."""
    from sqlalchemy.engine import make_url

    from deskapp.db.engine import make_engine
    from deskapp.db.errors import known_error
    from deskapp.services.backup import BackupService
    from deskapp.services.base import Database, SystemClock

    url = config.database_url(args.backup_database or args.database, demo=args.demo)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and not Path(parsed.database or "").is_file():
        print(f"{describe(url)}: there is no database file there.", file=sys.stderr)
        return 1
    station = config.StationConfig.load(config.station_config_path())
    try:
        engine = make_engine(url)
        folder = Path(args.folder) if args.folder else station.backup_dir(engine)
        service = BackupService(db=Database(engine, clock=SystemClock()), folder=folder,
                                pg_bin=args.pg_bin or station.pg_bin or None)
        service.station = station.station_name
        made = service.back_up()
    except DeskError as exc:
        print(f"{describe(url)}: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:
        known = known_error(exc)
        log.exception("backup of %s failed", describe(url))
        print(f"{describe(url)}: {known or exc}", file=sys.stderr)
        return 1
    print(f"{describe(url)}: {made.path} ({made.size:,} bytes, check {made.check})")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.self_check:
        from deskapp import selfcheck

        return selfcheck.run()
    log_file = setup_logging()
    if args.command == "verify-log":
        return verify_log_command(args)
    if args.command == "backup":
        return backup_command(args)
    from PySide6.QtWidgets import QApplication

    from deskapp.ui import fonts, i18n
    from deskapp.ui.dialogs.login import LoginDialog
    from deskapp.ui.messages import install_excepthook

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("deskapp")
    app.setApplicationVersion(__version__)
    station_path = config.station_config_path()
    station = config.StationConfig.load(station_path)
    i18n.install(app, args.language or station.language)
    fonts.add_application_fonts()  # rare characters (生僻字) on screen, as they print
    install_excepthook(log_file)
    bench = os.environ.get("DESKAPP_BENCH_EXIT_AT")  # used by bench/ to time start-up

    # The login window shows before the database opens: the user sees the desk at once, and
    # what they type while the database opens is queued, not lost.
    login = LoginDialog(auth=None, station=station.station_name, site_name="")
    login.show()
    app.processEvents()
    if bench == "login":
        print("DESKAPP_SHOWN login", flush=True)
        return 0

    url = config.database_url(args.database, demo=args.demo)
    opened = open_services(url, demo=args.demo)
    if isinstance(opened, int):
        return opened
    _db, services = opened
    log.info("deskapp %s on %s, station %s", __version__, describe(url), station.station_name)
    if services.site.needs_setup():
        from deskapp.ui.dialogs.setup import SetupDialog

        login.hide()
        setup = SetupDialog(site=services.site)
        if setup.exec() != SetupDialog.DialogCode.Accepted:
            return 0
        login.panel.prepare(staff_no=setup.admin_staff_no)
        login.show()
    services.site.register_station(station.station_name, station.profile)
    login.panel.set_ready(services.auth, services.site.site().name)
    # Tidying the SQLite change log waits for the file's write lock: after the login is ready, not before.
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, lambda: _prune_change_log(_db))
    if bench == "ready":
        app.processEvents()
        print("DESKAPP_SHOWN ready", flush=True)
        return 0
    return run_desk(app, services, station, station_path, describe(url), login)


def _prune_change_log(db) -> None:
    """The SQLite change log only serves stations running now: a day of it is plenty."""
    from deskapp.db.engine import is_sqlite
    from deskapp.db.watch import prune_change_log

    if not is_sqlite(db.engine):
        return
    try:
        prune_change_log(db.engine)
    except Exception:  # a busy file only postpones the tidy-up to the next start
        log.warning("could not prune the change log", exc_info=True)


def run_desk(app, services, station, station_path: Path, database_label: str, login) -> int:
    """Login → main window, again after each log-out, until the user quits."""
    from deskapp.ui.dialogs.login import LoginDialog

    while True:
        if login is None:
            login = LoginDialog(auth=services.auth, station=station.station_name,
                                site_name=services.site.site().name)
        if login.exec() != LoginDialog.DialogCode.Accepted or login.actor is None:
            return 0
        from deskapp.ui.main_window import MainWindow

        window = MainWindow(services=services, actor=login.actor, config=station, config_path=station_path,
                            database_label=database_label)
        login = None
        if window.small_screen:  # a 1024×768 desk PC: maximised, so the frame fits the screen too
            window.showMaximized()
        else:
            window.show()
        window.ask_password_change_if_needed()
        window.warn_if_backup_due()
        app.exec()
        if not window.did_log_out:
            return 0


if __name__ == "__main__":
    raise SystemExit(main())
