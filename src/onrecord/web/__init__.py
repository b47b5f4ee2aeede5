"""``onrecord serve``: a web app to browse a corpus (pages and a JSON API), in ``app``."""

from onrecord.web.app import create_app

__all__ = ["create_app"]
