"""Small trained linear classifiers (harmful request, injection, jailbreak, harmful answer)."""
