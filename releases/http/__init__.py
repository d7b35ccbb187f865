"""Request plumbing: middleware, error answers, URL converters, login throttling."""
