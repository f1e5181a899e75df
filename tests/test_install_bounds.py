"""The bounds that keep pip from backtracking on a fresh install hold.

inspect-ai asks for boto3, aiobotocore and s3fs with no upper bound while
aiobotocore pins botocore to three releases and each s3fs pins its own fsspec
(inspect-ai caps fsspec): pip took the newest of each, found them at odds and
walked back through 20 boto3 and 3 s3fs releases. pyproject bounds them; these
tests say the bounds are there (both ends), hold for what is installed, and
agree with the pins of the installed aiobotocore and inspect-ai (so pip's first
pick is one it keeps).
"""

from __future__ import annotations

import tomllib
from importlib.metadata import requires, version
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
BOUNDED = ("boto3", "aiobotocore", "s3fs")


def _declared() -> dict[str, SpecifierSet]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    reqs = [Requirement(d) for d in config["project"]["dependencies"]]
    return {r.name: r.specifier for r in reqs}


def _requirement_of(dist: str, name: str) -> SpecifierSet:
    """What an installed distribution asks of ``name`` (its plain requirement, no extras)."""
    found = [
        r.specifier
        for d in requires(dist) or []
        if (r := Requirement(d)).name == name and r.marker is None
    ]
    assert found, f"{dist} no longer requires {name}: revisit the bounds in pyproject"
    return found[0]


def _upper(spec: SpecifierSet) -> Version:
    (upper,) = [Version(s.version) for s in spec if s.operator == "<"]
    return upper


@pytest.mark.parametrize("name", BOUNDED)
def test_cloud_dependencies_are_bounded_both_ways_and_installed_within(name: str) -> None:
    spec = _declared().get(name)
    assert spec is not None, f"{name} is not bounded in pyproject"
    assert any(s.operator == ">=" for s in spec), f"{name}: no lower bound: {spec}"
    assert any(s.operator == "<" for s in spec), f"{name}: no upper bound: {spec}"
    assert spec.contains(version(name)), f"installed {name} {version(name)} is outside {spec}"


def test_boto3_stays_below_what_aiobotocore_lets_botocore_be() -> None:
    """boto3 X needs botocore >= X: a boto3 above aiobotocore's botocore cap sends pip back."""
    botocore = _requirement_of("aiobotocore", "botocore")
    assert _upper(_declared()["boto3"]) <= _upper(botocore), (_declared()["boto3"], botocore)


def test_s3fs_stays_within_inspects_fsspec_cap() -> None:
    """Each s3fs release pins fsspec to its own version: above inspect-ai's cap, pip goes back."""
    fsspec = _requirement_of("inspect-ai", "fsspec")
    caps = [Version(s.version) for s in fsspec if s.operator in ("<=", "<")]
    assert caps, f"inspect-ai no longer caps fsspec ({fsspec}): the s3fs bound may go"
    cap = min(caps)
    allowed_top = Version(f"{cap.major}.{cap.minor}.{cap.micro + 1}")  # the next release
    assert _upper(_declared()["s3fs"]) <= allowed_top, (_declared()["s3fs"], fsspec)
