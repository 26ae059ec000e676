"""ModelGate: a gated model-serving gateway."""

__version__ = "0.1.0"
