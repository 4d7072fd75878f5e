"""The helpline directory (directory.yml) and the replies built from it."""
