"""The knowledge base: what the bot explains and which article passage backs it."""
