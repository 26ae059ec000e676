"""Offline evaluation of inspection profiles on labelled JSONL files, and head training."""
