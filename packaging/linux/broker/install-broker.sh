# Sourced by install.sh --broker (not run on its own): Mosquitto for the point's
# shared help queue. Uses install.sh's $D (DESTDIR), $here, $apt, $enable,
# $broker_certs, $broker_port, say and die. Idempotent: the same certificates
# and port again change nothing and restart nothing.

[ -n "$broker_certs" ] || die "--broker needs --broker-certs DIR (made by: kiosk broker-certs --out DIR --site ID ...)"
[ -d "$broker_certs" ] || die "--broker-certs $broker_certs is not a folder"
for f in ca.pem broker.pem broker.key crl.pem acl; do
    [ -f "$broker_certs/$f" ] || die "$broker_certs/$f is missing: make it with kiosk broker-certs --out $broker_certs"
done
case "$broker_port" in
    ''|*[!0-9]*) die "--broker-port must be a port number, got '$broker_port'" ;;
esac
[ "$broker_port" -ge 1 ] && [ "$broker_port" -le 65535 ] || die "--broker-port must be 1-65535, got $broker_port"

if [ -z "$D" ]; then
    [ "$(id -u)" = 0 ] || die "run as root (sudo), or set DESTDIR for a test install"
    if [ ! -x /usr/sbin/mosquitto ]; then
        [ "$apt" = yes ] || die "mosquitto is not installed and --no-apt was given: apt-get install mosquitto"
        say "installing Debian's mosquitto"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mosquitto
    fi
fi

etc="$D/etc/mosquitto"
certs="$etc/digipiste"
conf="$etc/conf.d/digipiste.conf"
mkdir -p "$certs" "$etc/conf.d"
# The broker's key and the ACL: root and the mosquitto group only (Mosquitto reads
# them again as its own user on a reload). The site CA's key is never copied.
group=""
if [ -z "$D" ] && getent group mosquitto >/dev/null 2>&1; then
    group="-g mosquitto"
fi
broker_changed=no
put() {  # put MODE FILE: copy one file from the certificate folder, noting a change
    cmp -s "$broker_certs/$2" "$certs/$2" || broker_changed=yes
    # shellcheck disable=SC2086
    install -m "$1" $group "$broker_certs/$2" "$certs/$2"
}
put 0644 ca.pem
put 0644 broker.pem
put 0644 crl.pem
put 0640 broker.key
put 0640 acl
[ -f "$broker_certs/ca.key" ] && say "ca.key stays in $broker_certs (not copied): keep it off the broker, with IT"

# The configuration from the template; persistence_location only when Debian's
# mosquitto.conf has none (a second one is an error for Mosquitto).
sed -e "s|@PORT@|$broker_port|" -e "s| @BIND@||" -e "s|@CERT_DIR@|/etc/mosquitto/digipiste|g" \
    -e "s|@AUTOSAVE_S@|60|" "$here/broker/digipiste.conf.in" > "$conf.new"
if ! grep -qs '^[[:space:]]*persistence_location' "$etc/mosquitto.conf"; then
    printf '\npersistence_location /var/lib/mosquitto/\n' >> "$conf.new"
fi
if cmp -s "$conf.new" "$conf"; then
    rm -f "$conf.new"
else
    chmod 0644 "$conf.new"
    mv "$conf.new" "$conf"
    broker_changed=yes
fi
say "broker configuration: /etc/mosquitto/conf.d/digipiste.conf (TLS on port $broker_port, ACL, persistence)"

if [ -z "$D" ] && [ "$enable" = yes ]; then
    if [ -d /run/systemd/system ]; then
        systemctl enable --quiet mosquitto.service
        if [ "$broker_changed" = yes ] || ! systemctl is-active --quiet mosquitto.service; then
            systemctl restart mosquitto.service || true
        fi
        if ! systemctl is-active --quiet mosquitto.service; then
            journalctl -u mosquitto.service -n 20 --no-pager >&2 || true
            die "mosquitto did not start (its log is above)"
        fi
        say "mosquitto is running"
    else
        systemctl enable --quiet mosquitto.service 2>/dev/null || true
        say "systemd is not running here (a chroot?): mosquitto starts at the next boot"
    fi
fi
say "open TCP port $broker_port on this machine's firewall to the point's terminals only, e.g.:" \
    "ufw allow from 192.168.10.0/24 to any port $broker_port proto tcp"
say "done"
