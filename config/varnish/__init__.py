"""Varnish in front of the app servers: started by the tests and by `make cluster` (config/varnish/run.py)."""
