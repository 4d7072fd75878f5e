"""NLU components of our own (beyond Rasa's pipeline)."""
