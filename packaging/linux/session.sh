#!/bin/sh
# The kiosk session: the main process of digipiste-kiosk.service.
#
# cage (0.1.4 in Debian 12) exits 0 whatever its application did, so the
# kiosk says "an admin left kiosk mode on purpose" with a marker file in the
# unit's runtime directory; only then does this script end with 10, which the
# unit does not restart (RestartPreventExitStatus=10). Any other end of the
# kiosk is restarted by systemd.
set -u
prefix=${DIGIPISTE_PREFIX:-/opt/digipiste}
config=${DIGIPISTE_CONFIG:-/etc/digipiste/kiosk.toml}
data=${DIGIPISTE_DATA:-/var/lib/digipiste}
marker="${RUNTIME_DIRECTORY:-/run/digipiste}/left-kiosk-mode"
rm -f "$marker"
${DIGIPISTE_CAGE:-/usr/bin/cage} -d -- "$prefix/current/kiosk" --config "$config" --data-dir "$data"
if [ -e "$marker" ]; then
    echo "digipiste: kiosk mode left by an admin; not restarting"
    exit 10
fi
echo "digipiste: the kiosk ended; systemd restarts it"
exit 1
