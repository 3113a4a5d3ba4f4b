"""The core's message templates marked for translation, by the part of vault/ raising them."""
