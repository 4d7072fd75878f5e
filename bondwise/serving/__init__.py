"""How the Rasa server runs: fixes to Rasa 3.6's serving path, each measured."""
