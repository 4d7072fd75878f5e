"""Find credential-looking strings in the repository's configuration files.

`python -m bondwise.tools.secret_scan` lists findings and exits 1 when there are any;
tests/test_secret_scan.py runs it on every tracked configuration file. Secrets belong in
the environment (README, "Configuration"): a config file may name a variable
(`${BONDWISE_SESSION_SECRET}`), never hold its value.
"""
from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, List

from bondwise import PROJECT_ROOT

CONFIG_SUFFIXES = {".yml", ".yaml", ".toml", ".json", ".ini", ".cfg", ".env", ".txt", ".conf"}
CONFIG_NAMES = {"Makefile", "Dockerfile", ".env", "run"}
# Training and test data are chat messages, not configuration.
SKIPPED_DIRS = ("data/", "tests/data/", "tests/conversations/", "bondwise/risk/training/",
                "bondwise/knowledge/", "web/")

PATTERNS = {
    "private key": re.compile(r"-----BEGIN (?:RSA |EC |OPENSSH |DSA |PGP )?PRIVATE KEY"),
    "AWS access key": re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b"),
    "Telegram bot token": re.compile(r"\b\d{8,10}:[A-Za-z0-9_-]{35}\b"),
    "Slack token": re.compile(r"\bxox[abprs]-[A-Za-z0-9-]{10,}"),
    "GitHub token": re.compile(r"\bgh[pousr]_[A-Za-z0-9]{36,}\b"),
    # a placeholder ("user:...@", "user:$PASSWORD@") has no letter or digit, or starts with $
    "password in a URL": re.compile(r"\b[a-z][a-z0-9+.-]*://[^\s:/@]+:(?!\$)(?=[^\s@/]*[A-Za-z0-9])[^\s@/]{3,}@"),
    # key: value where the key names a secret and the value is a literal, not a variable
    # reference, a placeholder or empty.
    "secret value": re.compile(
        r"""(?ix)\b[\w-]*(?:password|passwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key)
        [\w-]*["']?\s*[:=]\s*["']?(?!\$\{|\$\(|<|\s|$|["']|null\b|none\b|changeme\b|example)
        (?P<value>[^\s"'#,}]{8,})"""),
}


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    kind: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.kind}"


def scan_text(text: str, path: str = "<text>") -> List[Finding]:
    findings = []
    for number, line in enumerate(text.splitlines(), start=1):
        for kind, pattern in PATTERNS.items():
            if pattern.search(line):
                findings.append(Finding(path, number, kind))
    return findings


def config_files(root: Path = PROJECT_ROOT) -> Iterable[Path]:
    tracked = subprocess.run(["git", "ls-files"], cwd=root, capture_output=True, text=True,
                             check=True).stdout.split()
    for name in tracked:
        path = Path(name)
        if name.startswith(SKIPPED_DIRS):
            continue
        if path.suffix in CONFIG_SUFFIXES or path.name in CONFIG_NAMES:
            yield root / path


def scan_repository(root: Path = PROJECT_ROOT) -> List[Finding]:
    findings = []
    for path in config_files(root):
        findings += scan_text(path.read_text(encoding="utf-8", errors="replace"),
                              str(path.relative_to(root)))
    return findings


def main() -> int:
    findings = scan_repository()
    files = len(list(config_files()))
    for finding in findings:
        print(finding)
    print(f"secret scan: {files} configuration files, {len(findings)} findings")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
