"""The configuration schema: every key a site's TOML file may hold.

One declarative table, used by the validator (types, required keys, unknown-key
suggestions, defaults) and by the test that keeps docs/configuration.md honest.
Each key carries the one-line description that the documentation repeats.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Kinds of value a key may hold.
STR = "string"
INT = "integer"
BOOL = "boolean"
STR_LIST = "array of strings"
LANG_TABLE = "table of language code = text"
STR_OR_LANG_TABLE = "string or table of language code = text"
TABLE = "table"
TABLE_ARRAY = "array of tables"


@dataclass(frozen=True)
class Key:
    """One configuration key."""

    kind: str
    doc: str
    required: bool = False
    default: Any = None
    children: dict[str, "Key"] = field(default_factory=dict)
    # Bounds every value of the key is held to before its meaning is checked: a
    # string (or each string of a list or language table) at most `max_len`
    # characters, a list at most `max_items` items. Far above any real site's
    # need; they keep a hostile or corrupted file from reaching the file system,
    # zoneinfo or the host parser with megabytes of text.
    max_len: int = 1000
    max_items: int = 1000
    # An integer's range (either end may be open), the unit its error and the
    # documentation name, and why a lower bound is there when a person should
    # know it. The validator refuses a value outside; the code that uses the
    # value may rely on it (session_rules, the sync targets read them here).
    minimum: int | None = None
    maximum: int | None = None
    unit: str = ""
    why: str = ""
    # The values a string may take (a closed set); empty for any.
    choices: tuple[str, ...] = ()
    # A table of tables, one per name the file chooses ([terminals.<id>]): each
    # inner table has `children`'s keys; documented as `name.<id>.key`.
    per_id: bool = False

    def bound_words(self) -> str:
        """The range as the documentation and errors say it: '30-3600 seconds', 'at least 20 seconds'."""
        unit = f" {self.unit}" if self.unit else ""
        if self.minimum is not None and self.maximum is not None:
            return f"{self.minimum}-{self.maximum}{unit}"
        if self.minimum is not None:
            return f"at least {self.minimum}{unit}"
        if self.maximum is not None:
            return f"at most {self.maximum}{unit}"
        return ""

    def bound_problem(self, value: int, as_text: str | None = None) -> str | None:
        """Why `value` is outside this key's range (`as_text` shown for it), or None when it is inside."""
        shown = as_text if as_text is not None else str(value)
        unit = f" {self.unit}" if self.unit else ""
        low = self.minimum is not None and value < self.minimum
        high = self.maximum is not None and value > self.maximum
        if not (low or high):
            return None
        if self.minimum is not None and self.maximum is not None:
            return f"must be between {self.minimum} and {self.maximum}{unit}, got {shown}"
        why = f" {self.why}" if self.why else ""
        if low:
            return f"must be at least {self.minimum}{unit}{why}, got {shown}"
        return f"must be at most {self.maximum}{unit}{why}, got {shown}"


# Identification hosts a browser passes through during strong identification
# (DOMAIN.md). A site can replace the list; these are the defaults.
IDENTIFICATION_HOSTS = (
    "tunnistautuminen.suomi.fi",
    "kortti.tunnistautuminen.suomi.fi",
    "tunnistus.suomi.fi",
    "identify.nordea.com",
    "saml-idp.op.fi",
    "www.op.fi",
    "shared-logon.danskebank.com",
    "online.s-pankki.fi",
    "kirjaudu.aktia.fi",
    "online.alandsbanken.fi",
    "tunnistus.poppankki.fi",
    "tunnistus.saastopankki.fi",
    "tunnistus.omasp.fi",
    "tunnistus.telia.fi",
    "auth-prod.megical.com",
)

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
SYNC_TARGETS = ("none", "matomo", "jsonl", "directory")
# The newest layout of a site file this kiosk reads (`format = 2` at the top of
# the file); older files are upgraded in memory by kiosk/core/config/upgrade.py.
FORMAT = 2
# The home screen's grid holds at most this many tiles.
MAX_TILES = 12
# The idle warning gives a person at least this long to tap Continue (DESIGN.md):
# the validator refuses less and kiosk/core/session/rules.py holds to it.
WARNING_MIN_S = 20
# Matomo's bulk endpoint slows down badly on very large requests: its batches
# are at most this many events whatever sync.batch_size says.
MATOMO_MAX_BATCH = 200

SCHEMA: dict[str, Key] = {
    "format": Key(INT, "The layout this file is written in, at the top of the file before any [table]; "
                       f"write {FORMAT}. A file without it is read as format 1 and upgraded, with a warning "
                       "for each key renamed since.", default=1, minimum=1, maximum=FORMAT),
    "site": Key(TABLE, "Who and where this terminal is.", required=True, children={
        "id": Key(STR, "Short identifier of the service point: lower-case letters, digits and '-'.",
                  required=True),
        "name": Key(STR_OR_LANG_TABLE, "Name shown on the home screen; a string, or one text per language.",
                    required=True),
        "terminal_id": Key(STR, "Identifier of this computer within the site (letters, digits, '-'); "
                                "only for a file one terminal uses: /etc/digipiste/terminal.toml overrides it, "
                                "and without either the host name is the id (see docs/deploy.md).", default=""),
        "languages": Key(STR_LIST, "Languages offered, in order (any of fi, sv, en, ru, uk, et, ar, fa, so): the first three "
                         "are buttons on the home screen, all of them are on the language picker.",
                         required=True),
        "default_language": Key(STR, "Language every session starts in; one of `languages`.", required=True),
        "time_zone": Key(STR, "IANA time zone for helper shifts and daily clean-up.",
                         default="Europe/Helsinki", max_len=64),
    }),
    "session": Key(TABLE, "Timing of a resident's session.", children={
        "idle_timeout_s": Key(INT, "Seconds without touch, mouse or key before the idle warning.",
                              default=180, minimum=30, maximum=3600, unit="seconds"),
        "warning_s": Key(INT, "Length of the idle warning's countdown in seconds.", default=30,
                         minimum=WARNING_MIN_S, unit="seconds", why="so a person has time to continue"),
        "signed_out_s": Key(INT, "Seconds the 'everything was removed' screen stays.", default=5,
                            minimum=2, maximum=30, unit="seconds"),
        "sound_cue": Key(BOOL, "Play a short sound when the idle warning appears.", default=False),
    }),
    "tiles": Key(TABLE_ARRAY, f"The big buttons on the home screen, in order (1 to {MAX_TILES}).", required=True,
                 children={
        "id": Key(STR, "Identifier, unique among tiles (letters, digits, '-'); also the guides' `service`.",
                  required=True),
        "label": Key(LANG_TABLE, "Button text, one per configured language.", required=True),
        "url": Key(STR, "Start address, checked by the browser's own policy: https on port 443 "
                        "(http, any port, only for 127.0.0.1 and localhost).", required=True),
        "icon": Key(STR, "Built-in icon name (authorizations, generic, kanta, kela, messages, suomifi, "
                         "tax) or a path to an .svg/.png file, relative to this file's folder.",
                    default="generic"),
        "hosts": Key(STR_LIST, "Further hosts this service needs; '*.example.fi' means every subdomain. "
                               "The start address's host is always allowed.", default=()),
    }),
    "identification": Key(TABLE, "Strong identification.", children={
        "hosts": Key(STR_LIST, "Hosts of Suomi.fi identification, banks and mobile certificate.",
                     default=IDENTIFICATION_HOSTS),
    }),
    "browser": Key(TABLE, "What the locked-down browser may reach and do.", children={
        "extra_hosts": Key(STR_LIST, "Further allowed hosts (fonts, scripts the services load).", default=()),
        "blocked_hosts": Key(STR_LIST, "Hosts never allowed, in addition to the identification test hosts.",
                             default=()),
        "video_hosts": Key(STR_LIST, "Hosts that may use the camera and microphone (video appointments).",
                           default=()),
        "local_hosts": Key(STR_LIST, "Allowed host names that may resolve to an address of the local network "
                                     "(loopback, private, link-local), such as an intranet service; exact "
                                     "names, no '*.'. Any other allowed name that resolves to such an address "
                                     "is refused (DNS rebinding). An allowed IP address (127.0.0.1, 10.1.2.3) "
                                     "and localhost need no entry here.", default=()),
        "allow_uploads": Key(BOOL, "Let pages open a file chooser (attachments to Kela).", default=False),
    }),
    "admin": Key(TABLE, "Leaving kiosk mode.", required=True, children={
        "pin_hash": Key(STR, "Hash of the admin PIN, made with `kiosk hash-pin`; never the PIN itself.",
                        required=True),
    }),
    "helpers": Key(TABLE, "Peer helpers on duty.", children={
        "pin_hash": Key(STR, "Hash of the helpers' PIN, made with `kiosk hash-pin`.", default=None),
        "shifts": Key(TABLE_ARRAY, "Weekly helper hours.", default=(), children={
            "day": Key(STR, "Weekday.", required=True, choices=DAYS),
            "start": Key(STR, "Start time, HH:MM (24-hour clock).", required=True),
            "end": Key(STR, "End time, HH:MM, after the start; 23:59 means to midnight.", required=True),
            "who": Key(STR, "Who is on duty, e.g. 'eSeniorit'.", default=""),
        }),
        # -- help queue (issue 10) --------------------------------------------------------
        "holidays": Key(STR_LIST, "Dates without helpers, YYYY-MM-DD (weekly shifts skipped).", default=()),
        "extra_dates": Key(TABLE_ARRAY, "Helper hours on single dates, besides the weekly shifts.",
                           default=(), children={
            "date": Key(STR, "The date, YYYY-MM-DD.", required=True),
            "start": Key(STR, "Start time, HH:MM (24-hour clock).", required=True),
            "end": Key(STR, "End time, HH:MM, after the start; 23:59 means to midnight.", required=True),
            "who": Key(STR, "Who is on duty, e.g. 'Digikaverit'.", default=""),
        }),
        "people": Key(TABLE_ARRAY, "Helpers with their own PIN (the shared pin_hash stays valid).",
                      default=(), children={
            "pseudonym": Key(STR, "Name shown in the helper view and on the home screen, e.g. 'Aino (eSenior)'.",
                             required=True),
            "pin_hash": Key(STR, "Hash of this helper's own PIN, made with `kiosk hash-pin`.", required=True),
        }),
        "waiting_timeout_min": Key(INT, "Minutes a resident waiting for help may stay idle.", default=30,
                                   minimum=5, maximum=120, unit="minutes"),
        "default_handling_min": Key(INT, "Minutes per resident used for the wait estimate before there is "
                                         "history.", default=20, minimum=5, maximum=120, unit="minutes"),
        "queue_outside_hours": Key(BOOL, "Let residents leave a request for the next shift outside helper hours.",
                                   default=False),
        "other_places": Key(TABLE_ARRAY, "Other places to get help, shown outside helper hours.", default=(),
                            children={
            "name": Key(STR_OR_LANG_TABLE, "Name of the place; a string, or one text per language.",
                        required=True),
            "place": Key(STR, "Address or location, e.g. 'Kokkola main library, 2nd floor'.", default=""),
            "hours": Key(STR_OR_LANG_TABLE, "Opening hours as text; a string, or one text per language.",
                         default=""),
            "phone": Key(STR, "Phone number as residents dial it, e.g. '+358 6 828 9111'.", default=""),
            "web": Key(STR, "Web address (https); shown with a QR code.", default=""),
        }),
        # -- the point's shared queue through a broker (issue 19) -------------------------
        "broker": Key(TABLE, "The service point's shared help queue: the MQTT broker (Mosquitto) every "
                             "terminal of the point uses (see docs/deploy.md). Without it, or with it empty, "
                             "this terminal keeps its own queue; with it, all four keys are needed.", children={
            "url": Key(STR, "The broker's address, mqtts://host:port (TLS always; port 8883 when left out).",
                       default="", max_len=300),
            "ca_file": Key(STR, "PEM file of the site CA that signed the broker's certificate (ca.pem from "
                                "`kiosk broker-certs`); relative to this file's folder.", default=""),
            "cert_file": Key(STR, "This terminal's certificate, its name the terminal id (terminals/<id>.pem); "
                                  "relative to this file's folder.", default=""),
            "key_file": Key(STR, "This terminal's private key (terminals/<id>.key), readable by the kiosk's "
                                 "user only (chmod 600); relative to this file's folder.", default=""),
        }),
    }),
    "guides": Key(TABLE, "Step-by-step guides.", children={
        "extra_dirs": Key(STR_LIST, "Folders with the site's own guides, added to the shipped ones; "
                                    "relative to this file's folder; each must exist.", default=()),
    }),
    "deployment": Key(TABLE, "How the terminal itself behaves (see docs/deploy.md).", children={
        "hide_pointer": Key(BOOL, "Hide the mouse pointer (touch-screen terminals).", default=False),
        "virtual_keyboard": Key(BOOL, "Show Qt's on-screen keyboard for text fields (touch-only terminals).",
                                default=False),
        "read_aloud": Key(BOOL, "Offer Read aloud in guides and say \"Your turn\" when a helper calls, "
                                "through speech-dispatcher and espeak-ng; false never starts speech.",
                          default=True),
        "nightly_restart": Key(STR, "Restart the kiosk once a night, in the hour after this time (HH:MM), "
                                    "when nobody is using it (no session, no admin or helper view, no "
                                    "input for 5 minutes or the idle timeout, whichever is longer); "
                                    "empty for never.", default=""),
    }),
    # -- usage-log sync (issue 11) ----------------------------------------------------
    "sync": Key(TABLE, "Where anonymous usage figures go (see docs/sync.md).", children={
        "target": Key(STR, "Where the figures go: none keeps them on the terminal.", default="none",
                      choices=SYNC_TARGETS),
        "url": Key(STR, "Matomo's tracking endpoint (…/matomo.php) or the JSON-lines receiver; https "
                        "(http only for 127.0.0.1 and localhost).", default=""),
        "site_id": Key(INT, "Matomo site id (target matomo).", default=0),
        "token_file": Key(STR, "File holding the Matomo token_auth or the JSON-lines bearer token; "
                               "optional, relative to this file's folder (see docs/sync.md: better on a relay).",
                               default=""),
        "ca_file": Key(STR, "PEM file of extra certificate authorities to trust for `url`; optional, "
                              "relative to this file's folder.", default=""),
        "directory": Key(STR, "Folder for the 'directory' target (a share or a USB stick), relative to "
                              "this file's folder; it is never created by the kiosk.", default=""),
        "interval_s": Key(INT, "Seconds between sync attempts; also tried when the network comes back.",
                          default=900, minimum=10, maximum=86400, unit="seconds"),
        "batch_size": Key(INT, "Events per request or file (Matomo: at most "
                          f"{MATOMO_MAX_BATCH}, whatever this says).", default=500, minimum=1, maximum=5000),
    }),
    # -- configuration from a URL, signed (issue 20) -----------------------------------------
    "fleet": Key(TABLE, "Configuration fetched from a URL and signed with minisign (see docs/deploy.md).", children={
        "config_url": Key(STR, "https address of the whole site file; its signature is this address + "
                               "'.minisig'. Empty: this file is the configuration. Set, in a file without "
                               "[[tiles]]: a bootstrap file, holding only format, [site] id and [fleet].",
                          default=""),
        "public_keys": Key(STR_LIST, "The minisign public keys (the base64 line of minisign.pub) that may sign "
                                     "it; two while a key is rotated.", default=(), max_items=2, max_len=200),
        "ca_file": Key(STR, "PEM file of extra certificate authorities to trust for `config_url`; optional, "
                            "relative to this file's folder.", default=""),
        "interval_s": Key(INT, "Seconds between checks for a new file (each terminal adds up to a tenth at "
                               "random, so a fleet does not ask at once).", default=900, minimum=10,
                          maximum=86400, unit="seconds"),
        "release_url": Key(STR, "https address of the signed release channel file (channel.toml, with "
                                "channel.toml.minisig beside it) that `kiosk update` follows, with the same "
                                "public_keys and ca_file; empty for none.", default=""),
    }),
    # -- one site file for many terminals (issue 20) ----------------------------------
    "terminals": Key(TABLE, "Each terminal's own part of a shared file, one [terminals.<id>] table per "
                            "terminal id (see docs/deploy.md).", per_id=True, max_items=500, children={
        "label": Key(STR, "The terminal's name for helpers, e.g. 'Library, by the window'; default: its id.",
                     default="", max_len=100),
        "printer": Key(STR, "CUPS printer queue of this terminal (`lpstat -e`); empty: the system's default "
                            "printer.", default="", max_len=127),
        "queue_letter": Key(STR, "Help-queue letter, A-Z, each letter one terminal's; default: the first letter "
                                 "no terminal has, terminals in the order of their ids. A terminal the file "
                                 "does not name takes one by its id (below the table).", default=""),
    }),
}


def iter_keys(schema: dict[str, Key] = SCHEMA, prefix: str = ""):
    """Yield (dotted path, Key) for every key, depth first, in schema order."""
    for name, key in schema.items():
        path = f"{prefix}.{name}" if prefix else name
        yield path, key
        if key.children:
            yield from iter_keys(key.children, f"{path}.<id>" if key.per_id else path)


def key_at(path: str, schema: dict[str, Key] = SCHEMA) -> Key:
    """The Key at a dotted path ('session.warning_s', 'helpers.shifts.day', 'terminals.<id>.label')."""
    names = path.split(".")
    key = schema[names[0]]
    for name in names[1:]:
        if key.per_id and name == "<id>":
            continue
        key = key.children[name]
    return key
