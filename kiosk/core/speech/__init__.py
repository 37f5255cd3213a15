"""Read aloud: speech-dispatcher's protocol and time limits (`ssip`), its configuration (`speechd_conf`).

Kept empty so that importing one of them imports nothing else.
"""
