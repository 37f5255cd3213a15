"""The site configuration: schema, reading TOML with line numbers, checks, upgrades of older files.

`site` holds `Config` and `parse_config`; the others are its rooms (`schema` the
keys and bounds, `text` bytes to TOML, `shape` types and the validator,
`sections`/`refs`/`files` meaning, `upgrade` older formats, `doc` the docs
tables, `tomlpos` line numbers). Kept empty so that importing one of them
imports nothing else.
"""
