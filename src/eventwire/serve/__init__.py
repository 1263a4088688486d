"""`eventwire serve`: a read-only JSON API over the event database and a map-and-timeline page.

See docs/serve.md. `create_app(db_url)` (in `eventwire.serve.app`) builds the application;
importing this package does not load the language model (only POST /api/extract does).
"""
