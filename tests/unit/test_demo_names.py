"""The demo and the examples on screen use a made-up estate and company, named in the README."""

from pathlib import Path

from deskapp.services.demo import DEMO_COMPANY, DEMO_SITE

ROOT = Path(__file__).resolve().parents[2]
# Developers and property managers whose names a reader would take for the real thing.
REAL = ("保利", "万科", "碧桂园", "绿城", "龙湖", "华润", "招商", "中海", "恒大", "融创", "金地", "和光晨樾")


def test_the_demo_names_are_made_up_and_the_readme_says_which():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert DEMO_SITE in readme and DEMO_COMPANY in readme
    shown = [ROOT / "src" / "deskapp" / "services" / "demo.py", ROOT / "README.md", *(ROOT / "forms").glob("*.ui")]
    for path in shown:
        text = path.read_text(encoding="utf-8")
        assert not [name for name in REAL if name in text], path.name
