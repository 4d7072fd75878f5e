"""The bond reflection: questions grounded in the articles, answer parsing, scoring."""
