"""Test doubles and harnesses, kept in one place."""
