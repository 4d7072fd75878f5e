"""Command-line tools: building data, running, measuring."""
