"""Reading a component's own file back from a trained Rasa model."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable, Optional, TypeVar

from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage

T = TypeVar("T")


def load_persisted(model_storage: ModelStorage, resource: Resource, filename: str,
                   loader: Callable[[Path], T], logger: logging.Logger,
                   missing: str) -> Optional[T]:
    """The component's file read with `loader`, or None (and `missing` logged) when a
    model was trained without it: the component then runs in its fallback mode."""
    try:
        with model_storage.read_from(resource) as directory:
            return loader(directory / filename)
    except (ValueError, FileNotFoundError):
        logger.warning(missing)
        return None
