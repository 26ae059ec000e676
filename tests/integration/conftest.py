"""Integration tests share the gateway fixtures of tests/conftest.py."""
