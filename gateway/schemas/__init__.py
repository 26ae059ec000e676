"""Wire formats of the developer API, as msgspec structs."""
