"""``deskapp backup`` for the OS scheduler: exit 0 with a good, checked backup; 1 when it failed, said why."""

from __future__ import annotations

from pathlib import Path

from deskapp import config
from deskapp.app import main
from tests.conftest import _pg_bin


def url_of(world) -> str:
    return world.engine.url.render_as_string(hide_password=False)


def test_a_backup_exits_0_and_names_the_copy(world, desk, tmp_path, capsys):
    world.directory.create_unit(desk, "3-2-1502")
    folder = tmp_path / "share"
    assert main(["backup", "--database", url_of(world), "--folder", str(folder), "--pg-bin", str(_pg_bin())]) == 0
    out = capsys.readouterr().out
    [made] = [p for p in folder.glob("deskapp-*") if p.suffix in (".sqlite3", ".pgdump")]
    assert str(made) in out and "check ok" in out


def test_the_station_s_folder_is_the_default(world, desk, tmp_path, capsys):
    station = config.StationConfig(backup_folder=str(tmp_path / "station-folder"), pg_bin=str(_pg_bin()))
    station.save(config.station_config_path())
    try:
        assert main(["backup", "--database", url_of(world)]) == 0
        assert list((tmp_path / "station-folder").glob("deskapp-*.json"))
        assert config.StationConfig.load(config.station_config_path()).backup_folder == str(tmp_path / "station-folder")
    finally:
        config.station_config_path().unlink()


def test_a_failed_backup_exits_1_and_says_why(world, tmp_path, capsys, monkeypatch):
    assert main(["backup", "--database", f"sqlite:///{tmp_path / 'none.sqlite3'}"]) == 1
    assert "there is no database file there" in capsys.readouterr().err
    assert not (tmp_path / "none.sqlite3").exists()
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setattr("shutil.which", lambda name: None)
    assert main(["backup", "--database", url_of(world), "--folder", str(blocked / "sub"),
                 "--pg-bin", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "cannot be written" in err or "was not found" in err
    assert not Path(blocked / "sub").exists()
