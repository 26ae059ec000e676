"""Routes for whatever watches the gateway: health probes and Prometheus metrics."""
