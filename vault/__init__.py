"""ClientVault core: storage, crypto, audit, search and the CLI. Never imports Qt."""
