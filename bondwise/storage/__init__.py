"""Persistence of our own: the risk escalation log, next to Rasa's conversation events."""
