"""The demo site for `make run` and the tests of the demo: the only app that may import every other."""
