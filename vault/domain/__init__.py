"""Domain rules with no I/O: what a record is, retention rules, password policy."""
