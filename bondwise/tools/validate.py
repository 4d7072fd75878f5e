"""`rasa data validate --fail-on-warnings`, failing on every warning Rasa prints.

Rasa 3.6 reports a warning on its own: when the domain lists retrieval intents (as its
docs ask), merging their responses in counts them twice and it prints "duplicated
intents ... across multiple domain files". That one line, for exactly our retrieval
intents, is the only thing tolerated; any other warning fails.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from bondwise import PROJECT_ROOT

KNOWN_RASA_QUIRK = re.compile(
    r"The following duplicated intents have been found across multiple domain files: "
    r"explain, glossary\s*$"
)


def main() -> int:
    rasa = str(Path(sys.executable).with_name("rasa"))
    run = subprocess.run(
        [rasa, "data", "validate", "--fail-on-warnings"],
        cwd=PROJECT_ROOT, capture_output=True, text=True,
    )
    output = run.stdout + run.stderr
    warnings = []
    for line in output.splitlines():
        clean = re.sub(r"\x1b\[[0-9;]*m", "", line)
        if "UserWarning" in clean or "WARNING" in clean or "Issue found" in clean:
            if not KNOWN_RASA_QUIRK.search(clean):
                warnings.append(clean.strip())
    if run.returncode != 0 or warnings:
        print(output)
        print(f"validate: FAILED (exit {run.returncode}, {len(warnings)} warnings)")
        for warning in warnings:
            print("  ", warning)
        return 1
    print("validate: rasa data validate passed with no warnings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
