"""What editors work with: the admin's forms, versions of a release, photos, answer text."""
