"""Redacted bundles: personal data replaced by operators, then a leak gate over the output.

`detectors` finds personal values (every person the vault knows, plus patterns),
`operators` decides what replaces them, `export` previews, writes and checks a bundle.
"""
