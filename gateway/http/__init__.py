"""The HTTP surface: route handlers that turn requests into pipeline runs and back."""
