"""Nothing in the app is Linux-only: its folders come from platformdirs (checked here with the Windows
rules, as far as they can be simulated on Linux), it starts no shell or external program, and it
names no POSIX-only path or module. Printing goes through Qt (QPrinter), never `lp`."""

from __future__ import annotations

import re
from pathlib import Path, PureWindowsPath

import platformdirs
import platformdirs.windows
import pytest
from sqlalchemy.engine import make_url

from deskapp import config

SRC = Path(__file__).parents[2] / "src" / "deskapp"

FORBIDDEN = {
    r"\bsubprocess\b": "starts a program (a shell on a desk PC is not ours to call)",
    r"\bos\.(system|popen|fork|getuid|geteuid|chown|chmod)\b": "POSIX-only or a shell call",
    r"shell\s*=\s*True": "a shell",
    r"""["'](/tmp|/usr|/etc|/var|/home|/dev|/proc)\b""": "a POSIX path",
    r"^\s*(import|from)\s+(fcntl|pwd|grp|termios|resource|posix)\b": "a POSIX-only module",
    r"""["']lpr?\b""": "printing around Qt",
    r"""["']~/""": "a home path spelled by hand",
}


# The one exception, file and pattern: a PostgreSQL backup is pg_dump's and pg_restore's to make and
# restore (there is no library for the custom format). services/backup.py starts them with an argument
# list and no shell; nothing else in the app may start a program.
ALLOWED = {("services/backup.py", r"\bsubprocess\b")}


def sources() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


@pytest.mark.parametrize("pattern", FORBIDDEN)
def test_the_app_calls_no_shell_and_names_no_posix_path(pattern):
    found = [f"{p.relative_to(SRC)}:{n}: {line.strip()}" for p in sources()
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1)
             if re.search(pattern, line, re.MULTILINE) and not line.lstrip().startswith("#")
             and (p.relative_to(SRC).as_posix(), pattern) not in ALLOWED]
    assert not found, f"{FORBIDDEN[pattern]}: {found}"


@pytest.fixture
def windows_folders(monkeypatch):
    """platformdirs answering as on a Windows desk PC whose user is 前台 (from the environment, as it does
    when the shell API cannot be asked)."""
    local, roaming = r"C:\Users\前台\AppData\Local", r"C:\Users\前台\AppData\Roaming"
    monkeypatch.setenv("LOCALAPPDATA", local)
    monkeypatch.setenv("APPDATA", roaming)
    for name in ("DESKAPP_DATA_DIR", "DESKAPP_CONFIG_DIR", "DESKAPP_LOG_DIR", "DESKAPP_DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", platformdirs.windows.get_win_folder_from_env_vars)
    windows = platformdirs.windows.Windows
    for kind in ("user_data_dir", "user_config_dir", "user_log_dir"):
        monkeypatch.setattr(platformdirs, kind, lambda app=None, appauthor=None, _k=kind, **kw:
                            getattr(windows(appname=app, appauthor=appauthor, **kw), _k))
    return local


def windows_path(path: Path) -> PureWindowsPath:
    return PureWindowsPath(str(path).replace("/", "\\"))


def test_on_windows_the_data_settings_and_logs_are_in_the_user_s_app_data(windows_folders):
    local = PureWindowsPath(windows_folders)
    for folder in (config.data_dir(), config.config_dir(), config.log_dir()):
        path = windows_path(folder)
        assert path.is_relative_to(local / "deskapp"), path
        assert not path.is_relative_to(PureWindowsPath(r"C:\Program Files"))  # never beside the program
    assert windows_path(config.station_config_path()) == local / "deskapp" / "station.json"


def test_on_windows_the_database_url_names_the_file_there(windows_folders):
    url = make_url(config.database_url())
    assert url.get_backend_name() == "sqlite"
    assert windows_path(Path(url.database)) == PureWindowsPath(windows_folders) / "deskapp" / "deskapp.sqlite3"


def test_the_frozen_app_finds_its_forms_and_resources_beside_the_package():
    from deskapp.paths import form_path, resource_path

    assert form_path("login_form.ui").is_file()
    assert resource_path("translations", "deskapp_zh_CN.qm").is_file()
    spec = (Path(__file__).parents[2] / "installer" / "deskapp.spec").read_text(encoding="utf-8")
    for shipped in ('"deskapp/forms"', '"deskapp/resources"', '"deskapp/db/migrations"'):
        assert shipped in spec  # where deskapp.paths and the migrations look for them in the bundle
