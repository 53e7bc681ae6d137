"""Which folders a ``kg serve`` is serving (``.kg.serve`` holds its process id), so that a writer never
changes a store in place while a server has it open read-only (Oxigraph calls that undefined behaviour):
it writes a new store generation instead, which the server then switches to."""
from __future__ import annotations

import os
from pathlib import Path

from ..util.files import atomic_write

SERVE_FILE = ".kg.serve"


def register(out_dir: Path) -> None:
    atomic_write(Path(out_dir) / SERVE_FILE, f"{os.getpid()}\n".encode("ascii"))


def unregister(out_dir: Path) -> None:
    p = Path(out_dir) / SERVE_FILE
    try:
        if int(p.read_text(encoding="ascii").strip()) == os.getpid():
            p.unlink()
    except (OSError, ValueError):
        pass


def is_served(out_dir: Path) -> bool:
    """Whether a live ``kg serve`` has registered itself for ``out_dir``."""
    try:
        pid = int((Path(out_dir) / SERVE_FILE).read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return False
    try:
        os.kill(pid, 0)
    except PermissionError:     # alive, another user's
        return True
    except OSError:
        return False
    return True
