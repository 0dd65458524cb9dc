import json
from datetime import date, datetime

import pytest

from deskapp import config
from deskapp.domain.dates import parse_date
from deskapp.domain.errors import ValidationError
from deskapp.printing.pages import PageSize


@pytest.mark.parametrize("value", ["2024-03-15", "2024/3/15", "2024.3.15", "2024年3月15日", "20240315",
                                   date(2024, 3, 15), datetime(2024, 3, 15, 10, 0), "2024-03-15 00:00:00"])
def test_dates_as_sheets_write_them(value):
    assert parse_date(value, "moved_in") == date(2024, 3, 15)


@pytest.mark.parametrize("value", ["2024-02-30", "15/03/2024", "昨天", "2024-13-01"])
def test_bad_dates_are_refused(value):
    with pytest.raises(ValidationError) as err:
        parse_date(value, "moved_in")
    assert err.value.field == "moved_in"


def test_empty_cells_are_no_date():
    assert parse_date("", "x") is None and parse_date(None, "x") is None


def test_station_settings_round_trip(tmp_path):
    path = tmp_path / "station.json"
    cfg = config.StationConfig(station_name="前台1", profile="gate", language="en")
    cfg.printer_for("unit_card").page = "A5"
    cfg.save(path)
    again = config.StationConfig.load(path)
    assert again == cfg


def test_corrupt_station_settings_fall_back_to_defaults(tmp_path):
    path = tmp_path / "station.json"
    path.write_text("{not json", encoding="utf-8")
    assert config.StationConfig.load(path).profile == "front_desk"
    path.write_text(json.dumps({"profile": "nonsense", "language": "fr", "station_name": "  "}), encoding="utf-8")
    cfg = config.StationConfig.load(path)
    assert (cfg.profile, cfg.language) == ("front_desk", "zh_CN")
    assert cfg.station_name


def test_database_url_precedence(monkeypatch, tmp_path):
    monkeypatch.setenv("DESKAPP_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("DESKAPP_DATABASE_URL", raising=False)
    assert config.database_url(None) == f"sqlite:///{tmp_path / 'deskapp.sqlite3'}"
    assert config.database_url(None, demo=True) == f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    monkeypatch.setenv("DESKAPP_DATABASE_URL", "postgresql+psycopg://desk@db/site")
    assert config.database_url(None) == "postgresql+psycopg://desk@db/site"
    assert config.database_url("sqlite:///x.db") == "sqlite:///x.db"


def test_each_printout_has_its_standard_page_unless_the_station_chose_one():
    cfg = config.StationConfig()
    assert cfg.page_for("visitor_slip") == PageSize.A5 and cfg.page_for("work_order") == PageSize.A5
    assert cfg.page_for("unit_card") == PageSize.A4 and cfg.page_for("roll_call") == PageSize.A4
    cfg.receipt_roll = True  # a station with an 80 mm receipt printer: slips and work orders go on it
    assert cfg.page_for("visitor_slip") == PageSize.RECEIPT_80 and cfg.page_for("work_order") == PageSize.RECEIPT_80
    assert cfg.page_for("roll_call") == PageSize.A4  # a list of many people is never cut into a roll
    cfg.printer_for("visitor_slip").page = "A4"
    assert cfg.page_for("visitor_slip") == PageSize.A4
    cfg.printer_for("roll_call").page = "80mm"  # not a size a roll call prints on: the standard one
    assert cfg.page_for("roll_call") == PageSize.A4


def test_a_station_file_from_before_the_page_table_keeps_its_choices(tmp_path):
    path = tmp_path / "station.json"
    path.write_text(json.dumps({"station_name": "前台", "printers": {"unit_card": {"printer": "", "page": "A5"},
                                                                   "work_order": {"printer": "P"}}}), encoding="utf-8")
    cfg = config.StationConfig.load(path)
    assert cfg.page_for("unit_card") == PageSize.A5 and cfg.page_for("work_order") == PageSize.A5
    assert cfg.receipt_roll is False
