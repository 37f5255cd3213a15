"""`kiosk broker-certs`: the certificates, CRL and ACL of a service point's shared-queue broker.

A command of the kiosk rather than a shell script around openssl: it is the
same code the tests start the real Mosquitto with (kiosk/broker_certs.py),
it runs wherever the kiosk is installed (IT's laptop, a terminal, the
bundle), and it checks ids and addresses the way the configuration does.

    kiosk broker-certs --out DIR --site ID --terminals t1,t2 --broker-host NAME [--broker-ip IP] [--days N]
    kiosk broker-certs --out DIR --terminals t3             (add a terminal later: same CA)
    kiosk broker-certs --out DIR --terminals t2 --renew     (new certificate; the old one is revoked)
    kiosk broker-certs --out DIR --revoke t2                (a stolen or retired terminal)

No Qt. See docs/deploy.md, "Shared help queue: the broker".
"""

from __future__ import annotations

import argparse
import ipaddress
import sys
from pathlib import Path

EXIT_OK, EXIT_FAILED, EXIT_INVALID = 0, 1, 2


def add_broker_command(sub) -> None:
    """Register `broker-certs` on the main parser's sub-parsers."""
    p = sub.add_parser("broker-certs", help="make or revoke the shared help queue's TLS certificates")
    p.add_argument("--out", required=True, help="the site's certificate folder (created; keep ca.key safe)")
    p.add_argument("--site", help="site id (as [site] id in the configuration); needed the first time")
    p.add_argument("--terminals", default="", help="terminal ids, comma-separated (as [site] terminal_id)")
    p.add_argument("--broker-host", action="append", default=[], help="the broker's host name (repeatable)")
    p.add_argument("--broker-ip", action="append", default=[], help="the broker's IP address (repeatable)")
    p.add_argument("--days", type=int, default=None, help="validity of new certificates in days (default 825)")
    p.add_argument("--renew", action="store_true",
                   help="new certificates for the terminals (and broker) named; the old ones are revoked")
    p.add_argument("--revoke", metavar="TERMINAL", help="revoke this terminal's certificate")
    p.set_defaults(func=cmd_broker_certs)


def _problems(args: argparse.Namespace, terminals: list[str]) -> list[str]:
    from kiosk.core.config.sections import ID

    out = []
    if args.site is not None and not ID.fullmatch(args.site):
        out.append(f"--site '{args.site}': use lower-case letters, digits and '-' (as [site] id)")
    for tid in terminals + ([args.revoke] if args.revoke else []):
        if not ID.fullmatch(tid):
            out.append(f"terminal id '{tid}': use lower-case letters, digits and '-' (as [site] terminal_id)")
    for ip in args.broker_ip:
        try:
            ipaddress.ip_address(ip)
        except ValueError:
            out.append(f"--broker-ip '{ip}' is not an IP address (a name goes to --broker-host)")
    for host in args.broker_host:
        if not host or any(c in host for c in " /:@") or host != host.strip("."):
            out.append(f"--broker-host '{host}' is not a host name")
    if args.days is not None and not 1 <= args.days <= 3650:
        out.append(f"--days {args.days}: between 1 and 3650")
    if args.revoke and (terminals or args.renew or args.broker_host or args.broker_ip):
        out.append("--revoke is done on its own (no --terminals, --renew or --broker-*)")
    return out


def cmd_broker_certs(args: argparse.Namespace) -> int:
    """Make or revoke; exit 0, 2 for bad arguments, 1 when the folder cannot be used."""
    from kiosk import broker_certs as BC

    terminals = [t.strip() for t in args.terminals.split(",") if t.strip()]
    problems = _problems(args, terminals)
    folder = Path(args.out)
    site = BC.SiteFolder(folder)
    if not args.revoke and args.site is None and not site.record.exists():
        problems.append(f"{folder} has no site yet: give --site (the [site] id of the configuration)")
    if not args.revoke and not terminals and not args.broker_host and not args.broker_ip:
        problems.append("nothing to make: give --terminals and/or --broker-host/--broker-ip")
    if problems:
        for line in problems:
            print(f"kiosk broker-certs: {line}", file=sys.stderr)
        return EXIT_INVALID
    try:
        if args.revoke:
            done = BC.revoke(folder, args.revoke)
        else:
            site_id = args.site or site.load_record()["site"]
            done = BC.make_site(folder, site_id, terminals, args.broker_host, args.broker_ip,
                                days=args.days or BC.DEFAULT_DAYS, renew=args.renew)
    except BC.CertError as exc:
        print(f"kiosk broker-certs: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:
        print(f"kiosk broker-certs: {exc.filename or folder}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILED
    for line in done:
        print(line)
    print(f"Now copy ca.pem, broker.pem, broker.key, crl.pem and acl to the broker "
          f"(install.sh --broker --broker-certs {folder}) and restart mosquitto; give each terminal ca.pem "
          "and its own terminals/<id>.pem and .key. Keep ca.key off the terminals.")
    return EXIT_OK
