"""The floor for reading a store: parse every meeting file with tomllib and nothing else."""

import os
import sys
import tomllib


def main(root: str) -> None:
    """Parse each meeting file of the store at root."""
    folder = os.path.join(root, "meetings")
    for name in sorted(os.listdir(folder)):
        if name.endswith(".toml"):
            with open(os.path.join(folder, name), "rb") as handle:
                tomllib.load(handle)


if __name__ == "__main__":
    main(sys.argv[1])
