"""Request plumbing: middleware, error answers, URL converters, login throttling, the list
pages' base view."""
