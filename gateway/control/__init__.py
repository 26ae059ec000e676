"""The control plane: model stage overrides, the kill switch, and change broadcasts."""
