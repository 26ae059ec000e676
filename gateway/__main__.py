"""`python -m gateway` runs the `modelgate` command line."""

from gateway.cli import main

main()
