"""Fixtures of the unit tests: real files a configuration can name."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def ca_pem(tmp_path_factory) -> Path:
    """A real PEM certificate (self-signed, made with openssl), as a site's sync.ca_file would be."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a certificate")
    d = tmp_path_factory.mktemp("ca")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-days", "1", "-subj", "/CN=digipiste-test-ca", "-keyout", str(d / "key.pem"),
                    "-out", str(d / "ca.pem")], check=True, capture_output=True, timeout=60)
    return d / "ca.pem"
