"""Help: About (versions and licences) and the keyboard shortcuts."""
