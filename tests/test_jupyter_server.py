"""The notebooks open from the project's environment: a Jupyter server starts, lists them over REST, and stops."""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
JUPYTER = Path(sys.executable).with_name("jupyter")
STARTUP_LIMIT_S = 90
"""How long the server may take to answer before the test gives up (a bound, not a timing assertion)."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get_json(url: str, token: str) -> object:
    request = urllib.request.Request(url, headers={"Authorization": f"token {token}"})
    with urllib.request.urlopen(request, timeout=5) as response:
        return json.load(response)


@pytest.fixture
def server(tmp_path):
    """A Jupyter server of this environment on a free loopback port with a random token; stopped afterwards."""
    if not JUPYTER.exists():
        pytest.fail(f"{JUPYTER} not found: the dev environment should install jupyterlab")
    port, token = free_port(), secrets.token_hex(16)
    cmd = [str(JUPYTER), "server", "--no-browser", "--ip=127.0.0.1", f"--port={port}", "--port-retries=0",
           f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={ROOT}",
           "--LabApp.extension_manager=readonly"]  # never ask PyPI for extensions
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # containers often run as root
        cmd.append("--allow-root")
    env = {"JUPYTER_CONFIG_DIR": str(tmp_path / "config"), "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"),
           "HOME": str(tmp_path), "PATH": str(JUPYTER.parent), "TZ": "UTC"}
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_LIMIT_S
        while True:
            if proc.poll() is not None:
                pytest.fail(f"jupyter server exited early: {proc.stderr.read().decode(errors='replace')[-800:]}")
            try:
                get_json(f"{base}/api/status", token)
                break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                if time.monotonic() > deadline:
                    pytest.fail(f"jupyter server did not answer within {STARTUP_LIMIT_S} s")
                time.sleep(0.3)
        yield base, token
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        proc.stderr.close()


def test_server_lists_the_notebooks_and_the_project_kernel(server):
    """GET /api/contents/notebooks lists both numbered notebooks; the python3 kernel spec is available;
    a request without the token is refused."""
    base, token = server
    listing = get_json(f"{base}/api/contents/notebooks", token)
    names = sorted(item["name"] for item in listing["content"] if item["type"] == "notebook")
    assert names == ["01_extract_events.ipynb", "02_timelines.ipynb"]
    specs = get_json(f"{base}/api/kernelspecs", token)
    assert "python3" in specs["kernelspecs"]
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"{base}/api/contents/notebooks", timeout=5)
    assert refused.value.code in (401, 403)
