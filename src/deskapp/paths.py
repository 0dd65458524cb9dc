"""Where the shipped files are: next to the package when installed, at the repo top in a checkout."""

from __future__ import annotations

from pathlib import Path

_PKG = Path(__file__).resolve().parent
_REPO = _PKG.parents[1]


def _base(name: str) -> Path:
    installed = _PKG / name
    return installed if installed.is_dir() else _REPO / name


def resource_path(*parts: str) -> Path:
    return _base("resources").joinpath(*parts)


def form_path(name: str) -> Path:
    return _base("forms") / name
