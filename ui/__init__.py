"""ClientVault desktop front end (PySide6). Depends on `vault`, never the other way round."""
