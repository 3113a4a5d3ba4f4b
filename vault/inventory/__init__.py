"""What the vault holds, for whom, where and until when (issue 14, Inventory)."""
