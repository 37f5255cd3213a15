"""A resident's session and the admin entrance: idle warning and end (`rules`), PIN hashing
(`pin`), the corner-tap gesture and PIN lockout (`pin_lockout`).

Kept empty so that importing one of them imports nothing else.
"""
