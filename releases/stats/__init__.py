"""Questions and answers as data: who asked, who answered, how often, and when.

``names`` (plain Python) says when two printed spellings are one outlet; ``outlets``
finds or creates the Outlet of a printed asker and merges outlets; ``counts`` holds the
cached aggregates the statistics pages read.
"""
