"""Shared fixtures: the packaged catalogue, its search index and the developer's extraction script."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from kiosk.catalog import Catalog, load_catalog
from kiosk.search import SearchIndex

REPO_ROOT = Path(__file__).parents[2]


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture(scope="session")
def index(catalog: Catalog) -> SearchIndex:
    return SearchIndex.for_catalog(catalog)


@pytest.fixture(scope="session")
def extract() -> ModuleType:
    """``scripts/extract_catalog.py``, which is a tool and not a package, loaded by path."""
    name = "extract_catalog"
    spec = importlib.util.spec_from_file_location(name, REPO_ROOT / "scripts" / "extract_catalog.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses resolve annotations through sys.modules
    spec.loader.exec_module(module)
    return module
