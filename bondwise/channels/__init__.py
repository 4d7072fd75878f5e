"""Rasa input channels of our own (hardened versions of Rasa's)."""
