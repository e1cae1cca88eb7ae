"""The flat-file store: finding, reading, validating and writing the TOML files."""
