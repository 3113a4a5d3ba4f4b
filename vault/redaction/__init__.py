"""Redacted bundles: personal data replaced by operators, then a leak gate over the output.

`detectors` finds personal values: every person the vault knows in every form (`known`,
`names`), people nobody stored (`people`, over the `morph` analyser), 要配慮 sentences
(`special_care`), and identifiers by shape (`patterns`, `identifiers`). `operators`
decides what replaces them, `export` previews, writes and checks a bundle (`redacted`,
`bundle_files`, `readback`), and `gate` is the leak gate's second opinion.
"""
