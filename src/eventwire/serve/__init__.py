"""``eventwire serve``: a JSON API and an analyst's dashboard over the store.

``create_app(db_path, token=...)`` builds the ASGI app; ``serve`` in the CLI runs it under uvicorn.
"""

from .app import create_app

__all__ = ["create_app"]
