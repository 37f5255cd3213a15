#!/bin/sh
# Install or update the Digipiste kiosk on Debian 12 / Ubuntu 24.04.
#
#   sudo packaging/linux/install.sh [--bundle DIR] [--config FILE] [--terminal-id ID] [--no-apt] [--no-enable] [--no-restart]
#   sudo packaging/linux/install.sh --rollback
#   sudo packaging/linux/install.sh --broker --broker-certs DIR [--broker-port N] [--no-apt] [--no-enable]
#
# --broker sets up Mosquitto for the point's shared help queue (on one terminal
# or a small server; no kiosk bundle needed): the package, TLS with the
# certificates `kiosk broker-certs` made in DIR, the ACL, persistence; then
# enables and restarts the mosquitto service (docs/deploy.md).
#
# --terminal-id ID writes this computer's identity, /etc/digipiste/terminal.toml
# (`id = "ID"`): one site file can then serve many terminals (docs/deploy.md).
#
# Idempotent: running it twice with the same bundle changes nothing. An update
# puts the new bundle beside the old one and switches the `current` link
# atomically; the old one stays as `previous` for `--rollback`. A bundle that
# fails its own smoke test, or a configuration that fails `check-config`, is
# never activated. DESTDIR=/some/root installs into a throwaway root (no apt,
# no users, no systemctl): the tests use that. --no-restart (the updater,
# `kiosk update`) switches the link but leaves a running kiosk alone: it starts
# the new release at its next restart.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
bundle="$repo/dist/digipiste"
config=""
terminal_id=""
terminal_id_given=no
apt=yes
enable=yes
rollback=no
restart=yes
changed=no
broker=no
broker_certs=""
broker_port=8883
while [ $# -gt 0 ]; do
    case "$1" in
        --bundle) bundle=$2; shift 2 ;;
        --config) config=$2; shift 2 ;;
        --terminal-id) terminal_id=$2; terminal_id_given=yes; shift 2 ;;
        --no-apt) apt=no; shift ;;
        --no-enable) enable=no; shift ;;
        --rollback) rollback=yes; shift ;;
        --broker) broker=yes; shift ;;
        --broker-certs) broker_certs=$2; shift 2 ;;
        --broker-port) broker_port=$2; shift 2 ;;
        -h|--help) sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        --no-restart) restart=no; shift ;;
        *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

D=${DESTDIR:-}
opt="$D/opt/digipiste"
say() { printf 'digipiste install: %s\n' "$*"; }
die() { printf 'digipiste install: %s\n' "$*" >&2; exit 1; }

# Checked before anything is changed (written after the bundle, before check-config).
if [ "$terminal_id_given" = yes ]; then
    case "$terminal_id" in
        ""|-*|*[!a-z0-9-]*) bad_id=yes ;;
        *) bad_id=no ;;
    esac
    [ "$bad_id" = no ] && [ ${#terminal_id} -le 63 ] \
        || die "--terminal-id '$terminal_id': use lower-case letters, digits and '-' (at most 63, not first)"
fi

# Debian packages the bundle needs on the installed system (the bundle carries Qt
# and Chromium; these are the system's side): Wayland and xkb libraries, the
# compositor, fonts covering Finnish, Swedish, Cyrillic and Arabic, speech,
# printing, and the libraries QtWebEngine links. dbus and libpam-systemd give
# the kiosk user a logind seat session on tty1: a minimal Debian 12 install
# (no "standard system utilities") has neither, and cage then cannot take the
# screen. zstd unpacks the release archive.
PACKAGES="dbus libpam-systemd zstd cage xwayland libwayland-client0 libwayland-cursor0 libwayland-egl1 libxkbcommon0
libegl1 libgl1 libgbm1 libdrm2 libnss3 libasound2 libfontconfig1 libdbus-1-3 libxkbfile1
libxcomposite1 libxdamage1 libxrandr2 libxtst6 libxshmfence1 libxcb-cursor0
fonts-dejavu-core fonts-noto-core fonts-noto-ui-core fonts-noto-color-emoji
speech-dispatcher speech-dispatcher-espeak-ng espeak-ng cups-client cups"

# Ubuntu 24.04 renamed some libraries in its 64-bit time_t transition
# (libasound2 -> libasound2t64); the old name is only virtual there and apt
# refuses it. Take the t64 name where the plain one has no candidate.
candidate() { apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ {print $2}'; }
resolve_packages() {
    for p in $PACKAGES; do
        c=$(candidate "$p")
        if { [ -z "$c" ] || [ "$c" = "(none)" ]; } && [ -n "$(candidate "${p}t64")" ] \
                && [ "$(candidate "${p}t64")" != "(none)" ]; then
            p="${p}t64"
        fi
        printf '%s ' "$p"
    done
}

switch_link() {  # switch_link TARGET LINK: atomic replacement of a symlink
    ln -sfn "$1" "$2.new"
    mv -T "$2.new" "$2"
}

if [ "$broker" = yes ]; then
    . "$here/broker/install-broker.sh"
    exit 0
fi

if [ "$rollback" = yes ]; then
    [ -L "$opt/previous" ] || die "no previous bundle to roll back to"
    now=$(readlink "$opt/current")
    before=$(readlink "$opt/previous")
    switch_link "$before" "$opt/current"
    switch_link "$now" "$opt/previous"
    say "rolled back: current -> $before (previous -> $now)"
    # The usual reason to roll back is a kiosk that fails after an update and
    # sits in "failed" or in recovery: start it again whatever state it is in.
    if [ -z "$D" ] && [ -d /run/systemd/system ]; then
        # Not on a machine installed with --no-enable where the kiosk is not
        # in use: rolling back must not take over its console.
        if systemctl is-enabled --quiet digipiste-kiosk.service 2>/dev/null \
           || systemctl is-active --quiet digipiste-kiosk.service 2>/dev/null \
           || systemctl is-failed --quiet digipiste-kiosk.service 2>/dev/null; then
            systemctl stop digipiste-recovery.service 2>/dev/null || true
            systemctl reset-failed digipiste-kiosk.service 2>/dev/null || true
            systemctl restart digipiste-kiosk.service
        fi
    fi
    exit 0
fi

[ -x "$bundle/kiosk" ] || die "no bundle at $bundle (build it with ./dev bundle, or give --bundle DIR)"
if [ -z "$D" ]; then
    [ "$(id -u)" = 0 ] || die "run as root (sudo), or set DESTDIR for a test install"
    if [ "$apt" = yes ]; then
        say "installing Debian packages"
        apt-get update -qq
        # shellcheck disable=SC2086
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(resolve_packages)
    fi
fi

# The bundle must pass its own smoke test before anything points at it. Run as
# root, Chromium cannot use its sandbox: the check alone runs without it; the
# kiosk session runs as the unprivileged user with the sandbox on.
smoke_env="QT_QPA_PLATFORM=offscreen"
[ "$(id -u)" = 0 ] && smoke_env="$smoke_env QTWEBENGINE_DISABLE_SANDBOX=1"
tmpdata=$(mktemp -d)
trap 'rm -rf "$tmpdata"' EXIT
# shellcheck disable=SC2086
if ! env $smoke_env "$bundle/kiosk" --smoke --data-dir "$tmpdata" >"$tmpdata/smoke.log" 2>&1; then
    cat "$tmpdata/smoke.log" >&2
    die "the bundle in $bundle failed its smoke test; nothing was changed"
fi
say "bundle smoke test passed"

# A release is named by its version and content, so the same bundle twice is one release.
version=$("$bundle/kiosk" --version 2>/dev/null || echo unknown)
# (names and contents: a rebuilt bundle with the same version and sizes is a new release)
digest=$(cd "$bundle" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -c1-12)
release="$version-$digest"
mkdir -p "$opt/releases"
if [ ! -d "$opt/releases/$release" ]; then
    say "copying the bundle to $opt/releases/$release"
    cp -a "$bundle" "$opt/releases/.$release.tmp"
    install -m 0755 "$here/session.sh" "$opt/releases/.$release.tmp/session.sh"
    mv -T "$opt/releases/.$release.tmp" "$opt/releases/$release"
fi
mkdir -p "$opt/docs"
# (a release archive without docs/ still installs)
[ -f "$repo/docs/deploy.md" ] && install -m 0644 "$repo/docs/deploy.md" "$opt/docs/deploy.md"

# This computer's identity (before check-config, which reads it): the id the
# shared site file's [terminals.<id>] table and the figures know it by. A label
# written by hand in the file stays.
mkdir -p "$D/etc/digipiste"
terminal_file="$D/etc/digipiste/terminal.toml"
if [ "$terminal_id_given" = yes ]; then
    old=$(sed -n 's/^id *= *"\(.*\)"$/\1/p' "$terminal_file" 2>/dev/null || true)
    if [ "$old" != "$terminal_id" ]; then
        { printf 'id = "%s"\n' "$terminal_id"; grep -v '^id *=' "$terminal_file" 2>/dev/null || true; } \
            > "$terminal_file.tmp"
        chmod 0644 "$terminal_file.tmp"
        mv -f "$terminal_file.tmp" "$terminal_file"
        changed=yes
        say "this computer is terminal '$terminal_id'${old:+ (was '$old')} (/etc/digipiste/terminal.toml)"
    fi
fi
export DIGIPISTE_TERMINAL_FILE="$terminal_file"

# Configuration: keep the site's own; else the given one; else the demo, to be edited.
target_config="$D/etc/digipiste/kiosk.toml"
if [ -n "$config" ]; then
    "$opt/releases/$release/kiosk" check-config "$config" || die "$config has errors; nothing was activated"
    cmp -s "$config" "$target_config" || changed=yes
    install -m 0644 "$config" "$target_config"
elif [ ! -e "$target_config" ]; then
    install -m 0644 "$opt/releases/$release/_internal/kiosk/demo/koivutupa.toml" "$target_config"
    say "wrote the demo configuration to /etc/digipiste/kiosk.toml: edit it for your site"
fi
"$opt/releases/$release/kiosk" check-config "$target_config" \
    || die "/etc/digipiste/kiosk.toml has errors (above); fix it and run install.sh again"

# Units and the kiosk user.
mkdir -p "$D/etc/systemd/system" "$D/usr/lib/sysusers.d"
for unit in digipiste-kiosk.service digipiste-recovery.service digipiste-update.service digipiste-update.timer; do
    cmp -s "$here/$unit" "$D/etc/systemd/system/$unit" || changed=yes
    install -m 0644 "$here/$unit" "$D/etc/systemd/system/$unit"
done
install -m 0644 "$here/digipiste.sysusers" "$D/usr/lib/sysusers.d/digipiste.conf"
mkdir -p "$D/var/lib/digipiste"
# The updater's own folder (trial.json, state.json, update.json): root's, readable by the kiosk.
# Root never writes in /var/lib/digipiste, which the kiosk user owns.
mkdir -p "$D/var/lib/digipiste-update"
chmod 0755 "$D/var/lib/digipiste-update"

# The screen stays on: cage never blanks its output, and nothing may put the
# terminal to sleep in front of a resident - not the suspend key on a
# keyboard, not a laptop's lid, not logind's idle action. The sleep targets
# are masked too, so no other program can suspend it. (The power key keeps
# its default: a clean shutdown for staff.) uninstall.sh undoes both.
mkdir -p "$D/etc/systemd/logind.conf.d" "$D/etc/systemd/system"
cat > "$D/etc/systemd/logind.conf.d/digipiste.conf" <<'LOGIND'
# Written by Digipiste's install.sh: a kiosk terminal never sleeps.
[Login]
IdleAction=ignore
HandleSuspendKey=ignore
HandleHibernateKey=ignore
HandleLidSwitch=ignore
HandleLidSwitchExternalPower=ignore
HandleLidSwitchDocked=ignore
LOGIND
# Only targets nobody masked before are masked (and recorded), so that
# uninstall.sh removes just these.
masks="$D/etc/digipiste/sleep-masks"
mkdir -p "$D/etc/digipiste"
for target in sleep suspend hibernate hybrid-sleep suspend-then-hibernate; do
    link="$D/etc/systemd/system/$target.target"
    if [ ! -e "$link" ] && [ ! -L "$link" ]; then
        ln -s /dev/null "$link"
        echo "$target.target" >> "$masks"
    fi
done

# Chromium's sandbox needs unprivileged user namespaces. Ubuntu 24.04 allows
# them only to programs whose AppArmor profile says `userns` (as its own
# browsers' profiles do); Debian 12 has no such restriction. Not yet tried on
# a real Ubuntu machine: see docs/deploy.md.
if [ -z "$D" ] && [ "$(cat /proc/sys/kernel/apparmor_restrict_unprivileged_userns 2>/dev/null)" = 1 ]; then
    cat > /etc/apparmor.d/digipiste <<'PROFILE'
abi <abi/4.0>,
include <tunables/global>

profile digipiste-webengine /opt/digipiste/releases/*/_internal/PySide6/Qt/libexec/QtWebEngineProcess flags=(unconfined) {
  userns,
  include if exists <local/digipiste-webengine>
}
PROFILE
    apparmor_parser -r /etc/apparmor.d/digipiste
    say "AppArmor: user namespaces allowed for the kiosk's web engine (Chromium's sandbox)"
fi

# Activate: previous <- current, current <- this release (atomic link switches).
old=$(readlink "$opt/current" 2>/dev/null || true)
if [ "$old" != "releases/$release" ]; then
    [ -n "$old" ] && switch_link "$old" "$opt/previous"
    switch_link "releases/$release" "$opt/current"
    changed=yes
    say "activated $release${old:+ (previous: $old)}"
else
    say "$release is already the current bundle"
fi
# Keep the current and previous releases only.
for dir in "$opt/releases"/*; do
    name="releases/$(basename "$dir")"
    [ "$name" = "$(readlink "$opt/current")" ] && continue
    [ "$name" = "$(readlink "$opt/previous" 2>/dev/null || true)" ] && continue
    rm -rf "$dir"
done

if [ -z "$D" ]; then
    systemd-sysusers /usr/lib/sysusers.d/digipiste.conf
    chown digipiste:digipiste /var/lib/digipiste
    chmod 0700 /var/lib/digipiste
    chown root:root /var/lib/digipiste-update
    # In a chroot (an image being prepared) systemd is not running: the units
    # are enabled all the same and start at the first boot.
    running=no
    [ -d /run/systemd/system ] && running=yes
    [ "$running" = yes ] && systemctl daemon-reload
    if [ "$enable" = yes ]; then
        systemctl disable getty@tty1.service 2>/dev/null || true
        systemctl enable digipiste-kiosk.service
        # Releases from the signed channel ([fleet] release_url; without it the timer only looks).
        systemctl enable digipiste-update.timer
        # Debian's default is graphical.target already: change nothing then,
        # so that uninstall.sh leaves the system as it was.
        [ "$(systemctl get-default 2>/dev/null)" = graphical.target ] || systemctl set-default graphical.target
        # A new bundle, configuration or unit restarts the kiosk (a resident's
        # session ends); the same install again only makes sure it runs. Not
        # try-restart: it does nothing (and succeeds) when the kiosk is not
        # running yet, as after a first install. reset-failed first: manual
        # (re)starts count towards the unit's start limit too.
        if [ "$running" = yes ] && [ "$restart" = no ]; then
            [ "$changed" = yes ] && say "the kiosk starts the new release at its next restart"
            systemctl start digipiste-update.timer || true
        elif [ "$running" = yes ]; then
            systemctl start digipiste-update.timer || true
            systemctl reset-failed digipiste-kiosk.service 2>/dev/null || true
            if [ "$changed" = yes ]; then
                systemctl restart digipiste-kiosk.service
            else
                systemctl start digipiste-kiosk.service
            fi
        else
            say "systemd is not running here (a chroot?): the kiosk starts at the next boot"
        fi
    fi
fi
say "done"
