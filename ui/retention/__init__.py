"""Retention and erasure: due view, rules, legal hold, sweep and erase dialogs."""
