"""The `bra` command line."""
