"""The site configuration: schema, reading TOML with line numbers, checks, upgrades of older files.

`site` holds `parse_config` and `load_config` (and hands on `Config`, which is
`model`'s); the others are its rooms (`schema` the keys and bounds, `text` bytes
to TOML, `shape` types and the validator, `site_checks` the checks across keys
by topic, `sections`/`sync_checks`/`refs`/`files` meaning, `upgrade` older
formats, `doc` the docs tables, `tomlpos` line numbers). Kept empty so that
importing one of them imports nothing else.
"""
