"""The configuration of the kiosk's own speech-dispatcher, as text (pure).

Read aloud goes through speech-dispatcher and espeak-ng. The kiosk does not
use the system's or the user's speech-dispatcher settings: it starts a private
server with this file (kiosk/services/speech_server.py), so what it logs is
decided here and nowhere else.

Why each line:
- LogLevel: speech-dispatcher writes every spoken text into its log from
  level 4 on (measured with 0.11.4 on Debian 12: level 5 logs
  "Queueing message |...|", level 3 logs no text). A resident's guide step
  or "Your turn" is not secret, but a name read from a web page could be, so
  the kiosk runs at 1 (errors only), and the log folder is private and
  removed when the kiosk stops.
- AudioOutputMethod: speech-dispatcher's default on Debian is PulseAudio
  only; a kiosk under cage often has no sound server, so ALSA is the fallback.
- Timeout: a server whose kiosk died (kill -9, a crash) ends by itself once
  no client is left, instead of staying for ever.
"""

from __future__ import annotations

from pathlib import Path

# Errors only: no spoken text (see above). Tests pass a higher level to see
# what reached the engine.
PRIVATE_LOG_LEVEL = 1
# The first that opens is used.
AUDIO_METHODS = ("pulse", "alsa")
IDLE_TIMEOUT_S = 30


def speechd_conf(log_dir: Path, *, log_level: int = PRIVATE_LOG_LEVEL,
                 audio_methods: tuple[str, ...] = AUDIO_METHODS, timeout_s: int = IDLE_TIMEOUT_S) -> str:
    """speechd.conf for a private server: espeak-ng as the one engine, logs in `log_dir`."""
    if not 0 <= log_level <= 5:
        raise ValueError(f"speech-dispatcher log level must be 0-5, not {log_level}")
    if '"' in str(log_dir):
        raise ValueError(f"speech-dispatcher cannot log into a folder whose name has a quote: {log_dir}")
    methods = ",".join(audio_methods)
    return "\n".join([
        "# Written by the Digipiste kiosk at each start; not read by anything else.",
        f"LogLevel {log_level}",
        f'LogDir "{log_dir}"',
        f'AudioOutputMethod "{methods}"',
        'AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"',
        "DefaultModule espeak-ng",
        f"Timeout {timeout_s}",
        "",
    ])
