"""The bundled demo upstream: an OpenAI-compatible server that answers deterministically."""
