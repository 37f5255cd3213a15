#!/bin/sh
# Remove the Digipiste kiosk: units, bundles, the sysusers entry.
#
#   sudo packaging/linux/uninstall.sh [--purge]
#
# The site configuration (/etc/digipiste) and the data (/var/lib/digipiste:
# usage log, help queue) stay unless --purge is given. DESTDIR works as in
# install.sh.
set -eu
purge=no
[ "${1:-}" = "--purge" ] && purge=yes
D=${DESTDIR:-}
if [ -z "$D" ] && command -v systemctl >/dev/null 2>&1; then
    # (works in a chroot too: disable and enable only change links there)
    systemctl disable --now digipiste-kiosk.service 2>/dev/null || true
    systemctl disable --now digipiste-update.timer 2>/dev/null || true
    systemctl stop digipiste-recovery.service 2>/dev/null || true
    systemctl enable getty@tty1.service 2>/dev/null || true
fi
rm -f "$D/etc/systemd/system/digipiste-kiosk.service" "$D/etc/systemd/system/digipiste-recovery.service"
rm -f "$D/etc/systemd/system/digipiste-update.service" "$D/etc/systemd/system/digipiste-update.timer"
rm -f "$D/usr/lib/sysusers.d/digipiste.conf"
rm -f "$D/etc/systemd/logind.conf.d/digipiste.conf"
# Only the sleep-target masks install.sh made (it recorded them).
if [ -f "$D/etc/digipiste/sleep-masks" ]; then
    while read -r target; do
        case "$target" in
            *.target) [ "$(readlink "$D/etc/systemd/system/$target" 2>/dev/null)" = /dev/null ] \
                          && rm -f "$D/etc/systemd/system/$target" ;;
        esac
    done < "$D/etc/digipiste/sleep-masks"
    rm -f "$D/etc/digipiste/sleep-masks"
fi
rm -rf "$D/opt/digipiste"
if [ -e "$D/etc/apparmor.d/digipiste" ]; then
    [ -z "$D" ] && command -v apparmor_parser >/dev/null 2>&1 && apparmor_parser -R "$D/etc/apparmor.d/digipiste" 2>/dev/null || true
    rm -f "$D/etc/apparmor.d/digipiste"
fi
if [ "$purge" = yes ]; then
    rm -rf "$D/etc/digipiste" "$D/var/lib/digipiste" "$D/var/lib/digipiste-update"
    if [ -z "$D" ] && id digipiste >/dev/null 2>&1; then userdel digipiste || true; fi
fi
if [ -z "$D" ] && [ -d /run/systemd/system ]; then
    systemctl daemon-reload
    # A kiosk or recovery unit that had failed would stay listed in
    # `systemctl --failed` as "not-found" until the next boot.
    systemctl reset-failed digipiste-kiosk.service digipiste-recovery.service 2>/dev/null || true
fi
if [ "$purge" = yes ]; then
    echo "digipiste uninstall: done (configuration and data removed too)"
else
    echo "digipiste uninstall: done (kept /etc/digipiste and /var/lib/digipiste; --purge removes them)"
fi
