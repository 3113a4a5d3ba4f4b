"""The app's own backups (DESIGN.md, The vault on disk): made, purged, verified, restored."""
