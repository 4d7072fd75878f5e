"""The staff console: a secure place to review conversation logs, risk conversations first."""
