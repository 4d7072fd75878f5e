"""Issue 8: no credential-looking string in the repository's configuration files."""
from __future__ import annotations

import pytest

from bondwise.tools.secret_scan import config_files, scan_repository, scan_text


def test_configuration_files_hold_no_secrets() -> None:
    files = list(config_files())
    names = {path.name for path in files}
    # The files that would hold a secret if anyone put one there are among those scanned.
    assert {"credentials.yml", "endpoints.yml", "Makefile", "bondwise.yaml"} <= names
    findings = scan_repository()
    print(f"\nsecret scan: {len(files)} configuration files, {len(findings)} findings")
    assert not findings, [str(f) for f in findings]


@pytest.mark.parametrize("line", [
    "  token: 123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawq",
    "telegram_secret: s3cr3t-value-0123456789",
    "  url: postgresql://bondwise:hunter2hunter2@db.example.org/bondwise",
    "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
    "-----BEGIN RSA PRIVATE KEY-----",
    'api_key = "sk_live_0123456789abcdef"',
    "SLACK=xoxb-123456789012-abcdefghij",
    "password: correct-horse-battery",
])
def test_scanner_finds_planted_credentials(line: str) -> None:
    assert scan_text(line), line


@pytest.mark.parametrize("line", [
    "  token: ${BONDWISE_TELEGRAM_TOKEN}",
    "  url: ${BONDWISE_DATABASE_URL}",
    "  url: postgresql://root@127.0.0.1:5432/bondwise",
    "--from-literal=session-secret=$(openssl rand -base64 32)",
    "- {name: BONDWISE_SESSION_SECRET, valueFrom: {secretKeyRef: {name: bondwise-secrets, key: session-secret}}}",
    "# registers BONDWISE_TELEGRAM_WEBHOOK_URL with the secret.",
    "password:",
    "#   --from-literal=database-url=postgresql://bondwise:...@postgres:5432/bondwise",
])
def test_scanner_leaves_references_and_prose_alone(line: str) -> None:
    assert not scan_text(line), line
