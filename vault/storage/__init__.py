"""The vault on disk (DESIGN.md): SQLCipher, schema, stores, attachments, drafts, writes."""
