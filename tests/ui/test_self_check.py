"""`deskapp --self-check` passes on a good installation, names the step that fails on a broken one, and
touches none of the station's own data or settings."""

from __future__ import annotations

import os

from deskapp import app, selfcheck


def test_the_self_check_passes_and_leaves_the_station_s_folders_alone(qapp, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DESKAPP_DATA_DIR", str(tmp_path / "data"))
    assert app.main(["--self-check"]) == 0
    out = capsys.readouterr().out
    steps = [line for line in out.splitlines() if line.startswith(("ok ", "FAIL"))]
    assert len(steps) == 6 and all(line.startswith("ok ") for line in steps), out
    assert "charts: QtCharts draws a bar chart offscreen" in out
    assert "printouts: every kind on every page" in out and out.rstrip().endswith("self-check passed")
    assert os.environ["DESKAPP_DATA_DIR"] == str(tmp_path / "data")  # put back as it was
    assert not (tmp_path / "data").exists()  # nothing written where the real data lives


def test_a_broken_step_is_named_and_the_exit_code_says_so(qapp, monkeypatch):
    import deskapp.services.sample_printouts as samples

    def broken(*_args, **_kw):
        raise OSError("font file missing")

    monkeypatch.setattr(samples, "sample_printout", broken)
    lines: list[str] = []
    assert selfcheck.run(lines.append) == 1
    failed = [line for line in lines if line.startswith("FAIL")]
    assert len(failed) == 1 and "printouts" in failed[0] and "font file missing" in failed[0]
    assert lines[-1] == "self-check FAILED: 1 step(s)"
    assert any(line.startswith("ok   main window") for line in lines)  # the other steps still ran
