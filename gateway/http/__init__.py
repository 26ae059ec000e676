"""Everything Litestar sees: route handlers, pages and OpenAPI bodies, grouped by audience.

The modules here turn requests into pipeline runs and back (`proxy_handler`, problem
responses, request ids, the streamed-response wrapper, the OpenAPI document); `developer/`
holds the API-key routes and `monitoring/` the health and metrics routes. Domain packages
never import from here.
"""
