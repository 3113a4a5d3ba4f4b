"""Settings: the typed settings file, the settings dialog, changing the password."""
