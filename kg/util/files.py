"""Files written atomically: a temporary file beside the target, renamed over it on success, so a crash
or a full disk never leaves a half-written file; and the files a user names (:func:`output_file`): ``-``
is standard output, a symlink is written through to its target, a FIFO or a device is written directly,
and anything else that is not a regular file is refused."""
from __future__ import annotations

import os
import stat
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

from ..errors import StoreError

_UMASK = os.umask(0o022)
os.umask(_UMASK)          # read once: the process's umask, restored at once


@contextmanager
def atomic_file(path: Path, durable: bool = True):
    """A binary file to write ``path`` through: a temporary file beside it, renamed over it on success.

    ``durable`` flushes it to disk before the rename; without, the file is whole or absent after a crash of
    the process, and the caller makes it durable later (as the workspace does for many readings at once)."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.chmod(fd, 0o666 & ~_UMASK)      # mkstemp makes it private; a written file is as any other
    except OSError as e:
        raise StoreError(f"cannot write {path}: {e.strerror or e}") from None
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            if durable:
                f.flush()
                os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as e:
        raise StoreError(f"cannot write {path}: {e.strerror or e}") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    with atomic_file(path) as f:
        f.write(data)


STREAM_PATHS = ("/dev/stdout", "/dev/stderr", "/dev/fd/", "/proc/self/fd/")


@contextmanager
def output_file(path):
    """A binary file to write a user-named ``path`` through: standard output for ``-``; the file itself for a
    FIFO, a device or a stream path (``/dev/stdout``); an atomic replacement of the target of a symlink
    (the link stays) or of a regular file; a one-line :class:`StoreError` for a folder, a socket or a
    symlink to nowhere."""
    if str(path) == "-":
        out = sys.stdout.buffer
        yield out
        out.flush()
        return
    path = Path(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        st = None
        if path.is_symlink():
            raise StoreError(f"cannot write {path}: it links to {os.readlink(path)}, which does not exist") from None
    except OSError as e:
        raise StoreError(f"cannot write {path}: {e.strerror or e}") from None
    if st is not None and not stat.S_ISREG(st.st_mode) or str(path).startswith(STREAM_PATHS):
        if st is not None and (stat.S_ISDIR(st.st_mode) or stat.S_ISSOCK(st.st_mode)):
            raise StoreError(f"cannot write {path}: it is a {'folder' if stat.S_ISDIR(st.st_mode) else 'socket'}, "
                             "not a file")
        try:
            with open(path, "wb") as f:     # a FIFO, a device, a stream: written as it is, never replaced
                yield f
        except OSError as e:
            raise StoreError(f"cannot write {path}: {e.strerror or e}") from None
        return
    with atomic_file(Path(os.path.realpath(path)) if path.is_symlink() else path) as f:
        yield f


def output_write(path, data: bytes) -> None:
    """Write ``data`` to a user-named ``path`` (:func:`output_file`)."""
    with output_file(path) as f:
        f.write(data)
