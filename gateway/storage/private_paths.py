"""Folders and files the gateway creates for its own data: owner-only from the first moment.

The data folder holds the SQLite file (keys' hashes, accounts, audit records), the audit spool
and generated secrets; readable by other local users, each of those leaks. Only what the
gateway creates is tightened: an operator's existing folder keeps the mode they chose.
"""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_FOLDER_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def make_private_dir(path: Path) -> None:
    """Creates `path` and its missing parents as owner-only folders (0700)."""
    missing: list[Path] = []
    current = path
    while not current.exists():
        missing.append(current)
        current = current.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=PRIVATE_FOLDER_MODE)
        except FileExistsError:
            continue  # another process made it first; its mode is its creator's business
        # mkdir's mode passes through the umask; set it exactly.
        folder.chmod(PRIVATE_FOLDER_MODE)


def create_private_file(path: Path) -> None:
    """Creates `path` empty and owner-only (0600) unless it exists.

    Made before SQLite opens it, because SQLite creates a database with the umask's mode and
    gives its `-wal` and `-shm` files the database file's mode."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    except FileExistsError:
        return
    os.close(descriptor)
