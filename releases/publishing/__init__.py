"""What the site says about its releases beyond the pages: feeds, sitemap, metadata,
citations, the calendar of notices."""
