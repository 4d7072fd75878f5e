"""Bondwise: everything of ours beyond Rasa's own conventions."""
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
