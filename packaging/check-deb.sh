#!/usr/bin/env bash
# Installs the built kiosk package as city IT would, checks the installed command and
# removes it again (CI: .ci/run). As root.
#
#   packaging/check-deb.sh host DEB      on this machine (Debian 12)
#   packaging/check-deb.sh debian13 DEB  in a fresh Debian 13 "trixie" chroot made with
#                                        debootstrap from this machine's Debian mirror
#
# Each: apt-get install ./DEB (Debian dependencies from the mirror), `kiosk --version`,
# `kiosk check-config /etc/kiosk/kiosk.toml` (the shipped production template must
# pass), `kiosk --smoke` offscreen, `apt-get remove`, and nothing of the package left
# running or installed. In the chroot also `systemd-analyze security` of the unit with
# Debian 13's systemd.
#
# KIOSK_DEBIAN_MIRROR overrides the mirror (default: the one apt uses here).
# KIOSK_CHROOT_CACHE=FILE.tar: outside CI, keep the bare debootstrap result there and
# start from it next time (CI always makes it anew).
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

where=${1:?usage: check-deb.sh host|debian13 DEB}
deb=$(readlink -f "${2:?usage: check-deb.sh host|debian13 DEB}")
version=$(dpkg-deb -f "$deb" Version)
say() { echo "check-deb ($where): $*"; }
fail() { echo "check-deb ($where): $*" >&2; exit 1; }

# The checks that run where the package is installed (here or in the chroot); $run
# prefixes each command.
check_installed() {
    local run=("$@") out
    out=$("${run[@]}" /usr/bin/kiosk --version)
    say "kiosk --version: $out"
    [[ $out == *"$version"* ]] || fail "kiosk --version says '$out', the package is $version"
    "${run[@]}" /usr/bin/kiosk check-config /etc/kiosk/kiosk.toml
    out=$("${run[@]}" env -C /tmp QT_QPA_PLATFORM=offscreen KIOSK_DATA_DIR=/tmp/kiosk-smoke-data \
        /usr/bin/kiosk --smoke)
    say "kiosk --smoke: $out"
    [[ $out == *"screen=attract"* ]] || fail "the smoke run did not reach the start screen"
    "${run[@]}" rm -rf /tmp/kiosk-smoke-data
    if "${run[@]}" grep -Eq '^[[:space:]]*demo[[:space:]]*=[[:space:]]*true' /etc/kiosk/kiosk.toml; then
        fail "/etc/kiosk/kiosk.toml is a demo config"
    fi
    if "${run[@]}" id -nG kiosk | tr ' ' '\n' | grep -qx input; then
        fail "the kiosk user is in the input group"
    fi
    "${run[@]}" test -x /usr/lib/kiosk/restart-when-idle || fail "restart-when-idle is missing"
}

check_removed() {
    local run=("$@")
    "${run[@]}" apt-get remove -y -qq kiosk >/dev/null
    if "${run[@]}" test -e /opt/kiosk/venv -o -e /usr/bin/kiosk -o -e /usr/lib/kiosk; then
        fail "files of the kiosk package are left after apt-get remove"
    fi
}

if [[ $where == host ]]; then
    apt-get install -y -qq "$deb" >/tmp/kiosk-check-deb-apt.log 2>&1 || {
        tail -30 /tmp/kiosk-check-deb-apt.log >&2; fail "apt-get install of the package failed"; }
    grep '^kiosk:' /tmp/kiosk-check-deb-apt.log || true  # what postinst told the admin
    rm -f /tmp/kiosk-check-deb-apt.log
    check_installed
    check_removed
    if pgrep -f /opt/kiosk/ >/dev/null; then
        fail "a kiosk process is still running after apt-get remove"
    fi
    if [ -d /run/systemd/system ] && systemctl is-active --quiet kiosk; then
        fail "kiosk.service is still active after apt-get remove"
    fi
    say "all good"
    exit 0
fi
[[ $where == debian13 ]] || fail "unknown target '$where' (host or debian13)"

# ---------------------------------------------------------------- Debian 13 chroot
command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap >/dev/null
mirror=${KIOSK_DEBIAN_MIRROR:-$(. /etc/os-release
    apt-get indextargets --format '$(REPO_URI) $(RELEASE)' 2>/dev/null |
    awk -v suite="$VERSION_CODENAME" '$2 == suite { print $1; exit }')}
[ -n "$mirror" ] || fail "no Debian mirror found in apt's lists (apt-get update?); set KIOSK_DEBIAN_MIRROR"

root=$(mktemp -d /var/tmp/kiosk-debian13.XXXXXX)
chmod 0755 "$root"  # apt in the chroot downloads as the _apt user
cleanup() {
    # Processes started in the chroot (by us: maintainer scripts, the smoke run) first,
    # then what was mounted, then the tree (never across a mount point).
    local pid
    for pid in $(ls /proc | grep -E '^[0-9]+$'); do
        [ "$(readlink "/proc/$pid/root" 2>/dev/null)" = "$root" ] && kill -9 "$pid" 2>/dev/null
    done
    for mnt in dev/shm dev/pts proc; do
        mountpoint -q "$root/$mnt" && umount -l "$root/$mnt"
    done
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT

started=$SECONDS
cache=${KIOSK_CHROOT_CACHE:-}
if [ -n "$cache" ] && [ -z "${CI:-}" ] && [ -s "$cache" ]; then
    say "Debian 13 base from $cache"
    tar -xf "$cache" -C "$root"
else
    say "debootstrap trixie from $mirror"
    debootstrap --variant=minbase trixie "$root" "$mirror" >"$root.debootstrap.log" 2>&1 || {
        tail -20 "$root.debootstrap.log" >&2; rm -f "$root.debootstrap.log"
        fail "debootstrap failed"
    }
    rm -f "$root.debootstrap.log"
    if [ -n "$cache" ] && [ -z "${CI:-}" ]; then
        mkdir -p "$(dirname "$cache")" && tar -cf "$cache" -C "$root" .
    fi
fi
say "base system: $((SECONDS - started)) s"

mount -t proc proc "$root/proc"
mount -t devpts -o newinstance,ptmxmode=0666 devpts "$root/dev/pts"
mount -t tmpfs -o mode=1777 tmpfs "$root/dev/shm"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# No daemons start inside the chroot (dbus and others from the dependencies).
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 0755 "$root/usr/sbin/policy-rc.d"
cp "$deb" "$root/tmp/kiosk.deb"

in_chroot=(chroot "$root" env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
           HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive)
"${in_chroot[@]}" apt-get update -qq
say "python3 in Debian 13: $("${in_chroot[@]}" sh -c 'apt-cache policy python3 | sed -n "s/ *Candidate: //p"')"
"${in_chroot[@]}" apt-get install -y -qq --no-install-recommends /tmp/kiosk.deb >"$root/tmp/apt.log" 2>&1 || {
    tail -30 "$root/tmp/apt.log" >&2
    fail "apt-get install of the package failed"
}
grep '^kiosk:' "$root/tmp/apt.log" || true  # what postinst told the admin
say "installed in $((SECONDS - started)) s"
say "venv Python: $("${in_chroot[@]}" /opt/kiosk/venv/bin/python --version)"
check_installed "${in_chroot[@]}"
if "${in_chroot[@]}" sh -c 'command -v systemd-analyze' >/dev/null; then
    exposure=$("${in_chroot[@]}" systemd-analyze security --offline=yes \
        /lib/systemd/system/kiosk.service 2>&1 | sed -n 's/.*Overall exposure level for .*: \([0-9.]*\).*/\1/p')
    say "systemd-analyze security (Debian 13's systemd): exposure $exposure"
    awk -v e="$exposure" 'BEGIN { exit !(e != "" && e <= 5.0) }' ||
        fail "kiosk.service exposure '$exposure' is above 5.0 with Debian 13's systemd"
fi
check_removed "${in_chroot[@]}"
say "all good ($((SECONDS - started)) s)"
