"""Which guides a site shows and in what order (pure, no Qt)."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from kiosk.core.guides.catalog import GuideCatalog, load_site_guides, resolve_guide_dirs
from kiosk.core.guides import load_guides
from kiosk.resources import shipped_guides_dir

TILES = ["omakanta", "omakela", "suomifi", "viestit", "valtuudet", "omavero"]


@pytest.fixture(scope="module")
def shipped():
    guides, _ = load_guides([shipped_guides_dir()])
    return guides


def test_general_first_then_tiles_in_home_order(shipped):
    catalog = GuideCatalog(shipped, list(reversed(TILES)))
    services = [g.service for g in catalog.groups("fi")]
    assert services[0] == "general"
    assert services[1:] == [t for t in reversed(TILES) if t in services]


def test_inside_a_group_order_then_title(shipped):
    base = next(g for g in shipped if g.id == "bank-codes")
    a = replace(base, id="a", order=5, titles={"fi": "Örkki"}, texts={"fi": replace(base.texts["fi"], title="Örkki")})
    b = replace(base, id="b", order=5, titles={"fi": "Aamu"}, texts={"fi": replace(base.texts["fi"], title="Aamu")})
    c = replace(base, id="c", order=1)
    catalog = GuideCatalog([a, b, c], [])
    assert [g.id for g in catalog.for_service("general", "fi")] == ["c", "b", "a"]


def test_guides_of_services_without_a_tile_are_left_out(shipped):
    catalog = GuideCatalog(shipped, ["omakanta"])
    assert {g.service for g in catalog} == {"general", "omakanta"}
    assert {g.service for g in catalog.left_out} == {"omakela", "viestit", "valtuudet"}
    assert catalog.get("kela-benefit") is None
    assert catalog.groups("fi", "omakela") == []


def test_site_guide_with_unknown_service_is_reported(tmp_path: Path):
    site = tmp_path / "site"
    shutil.copytree(shipped_guides_dir() / "stay-safe", site / "our-safety")
    toml = site / "our-safety" / "guide.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('id = "stay-safe"', 'id = "our-safety"')
                    .replace('service = "general"', 'service = "omakanat"'), encoding="utf-8")
    guides, problems = load_site_guides(shipped_guides_dir(), [site], TILES)
    errors = [p for p in problems if p.is_error]
    assert len(errors) == 1
    assert errors[0].file == str(toml) and errors[0].line == 2
    assert "'omakanat' is not a tile" in errors[0].message
    # Shipped guides are never reported for services the site has no tile for.
    guides, problems = load_site_guides(shipped_guides_dir(), [], ["omakanta"])
    assert not [p for p in problems if p.is_error]


def test_relative_guide_dirs_are_relative_to_the_configuration(tmp_path: Path):
    config = tmp_path / "site.toml"
    config.write_text("", encoding="utf-8")
    assert resolve_guide_dirs(["guides", "/abs"], str(config)) == [tmp_path / "guides", Path("/abs")]
    assert resolve_guide_dirs(["guides"], "") == [Path("guides")]
