"""Rasa input channels of our own (hardened versions of Rasa's).

Rasa imports this package when it loads any of our channels from credentials.yml, before
it creates the agent, so the serving fixes in bondwise/serving are applied here, once,
in every server.
"""
from bondwise.serving import action_fallback, action_validation, log_privacy, store_errors

action_validation.apply()
action_fallback.apply()
store_errors.apply()
log_privacy.apply()
