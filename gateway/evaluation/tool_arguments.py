"""Ordinary tool-call arguments (injection-head negatives): the JSON a model writes to call a tool.

The gateway inspects a conversation's earlier tool calls like any other text, and the
corpus has no ordinary ones: its JSON is injected documents and extraction attacks, so a
search query's key (`{"q": …}`) or an e-mail address inside JSON carried injection weight,
and an agent's own call `{"q": "Write to … soon"}` read as an attack (.54) where the same
words as a message did not (.23). Written for this project; used for training only.
"""

from __future__ import annotations

import json

_CALLS: tuple[dict[str, object], ...] = (
    {"q": "weather in Lisbon tomorrow"},
    {"q": "cheap flights from Berlin to Rome in May"},
    {"query": "python list comprehension examples", "limit": 5},
    {"q": "opening hours of the city library"},
    {"to": "sam.lee@example.org", "subject": "Minutes", "body": "Attached are today's notes."},
    {"recipient": "team@example.com", "message": "Stand-up moved to 10:30."},
    {"city": "Osaka", "units": "metric"},
    {"location": "Paris", "date": "2026-05-04"},
    {"order_id": "A-10432", "fields": ["status", "eta"]},
    {"user_id": 8812, "include": ["orders", "address"]},
    {"path": "reports/q3.csv", "mode": "read"},
    {"sql": "SELECT name, total FROM invoices WHERE total > 100 ORDER BY total DESC"},
    {"url": "https://example.com/docs/getting-started", "max_chars": 4000},
    {"expression": "(1200 * 0.19) + 35"},
    {"title": "Dentist", "start": "2026-03-02T09:00", "duration_minutes": 30},
    {"q": "reset password instructions for my router"},
    {"q": "contact support email for the billing team"},
    {"email": "ana.ruiz@example.net", "name": "Ana Ruiz", "plan": "pro"},
    {"text": "Bonjour, je serai en retard de dix minutes.", "target": "en"},
    {"query": "recipes with chickpeas and spinach", "diet": "vegetarian"},
    {"symbol": "ACME", "range": "1y"},
    {"ticket": 5521, "status": "closed", "note": "Customer confirmed the fix."},
    {"q": "write a short thank-you note to a colleague"},
    {"channel": "#general", "text": "Reminder: the office is closed on Monday."},
)

TOOL_ARGUMENTS = tuple(json.dumps(call) for call in _CALLS)
