"""When something goes wrong: the inventory view, the incident wizard, offboarding."""
