"""The benchmark: synthetic stores, and every speed and memory bar of quality.md measured against its floor."""
