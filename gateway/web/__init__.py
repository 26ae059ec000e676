"""Templates and static files shared by every page (admin and reviewer pages).

Only the files and where they are: the Litestar side (template engine, static route) is
`gateway/http/web_assets.py`. The files are package data of this folder; they are not code,
so they stay outside the HTTP package and its moves.
"""

from __future__ import annotations

from pathlib import Path

WEB_DIR = Path(__file__).resolve().parent
TEMPLATES_DIR = WEB_DIR / "templates"
STATIC_DIR = WEB_DIR / "static"
