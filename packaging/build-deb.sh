#!/usr/bin/env bash
# Builds dist/kiosk_<version>_<arch>.deb (`make deb`): a staging folder and
# dpkg-deb --build, no debhelper.
#
# The package ships the wheels (the project's own, with its assets and compiled
# translations, and every pinned dependency from packaging/requirements.lock, checked
# against the lock's hashes) for each Python it supports: Debian 12's 3.11 and Debian
# 13's 3.13 (PYTHONS in packaging/lock_requirements.py). Its postinst makes the venv in
# /opt/kiosk from them with no network; pip there picks the wheels that fit the
# machine's python3. Usage: packaging/build-deb.sh [PYTHON]   (PYTHON: a python with
# pip, used only to download and build wheels; default .venv/bin/python)
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${1:-.venv/bin/python}
VERSION=$("$PY" -c 'import re,sys; print(re.search(r"__version__ = \"([^\"]+)\"", open("kiosk/__init__.py").read())[1])')
ARCH=$(dpkg --print-architecture)
case "$ARCH" in
  amd64) MACHINE=x86_64 ;;
  *) echo "make deb: $ARCH is not supported: PySide6 6.11 has wheels for Debian 12 and 13 on amd64 only" >&2
     exit 1 ;;
esac
MAINTAINER=${DEB_MAINTAINER:-"Helsinki library kiosk team <kiosk@localhost>"}
# The Pythons the wheels are for, e.g. "3.11 3.13": the lock is made for the same ones.
PYTHONS=$("$PY" -c 'import sys; sys.path.insert(0, "packaging"); import lock_requirements as l; print(*l.PYTHONS)')

STAGE=build/deb/root
OUT=dist/kiosk_${VERSION}_${ARCH}.deb
for qm in fi fi-x-selko sv en ru et uk ar so; do
  test -s "kiosk/ui/translations/kiosk_$qm.qm" || {
    echo "make deb: kiosk/ui/translations/kiosk_$qm.qm is missing: run make translations" >&2
    exit 1
  }
done

# setuptools reuses build/lib: start clean so no stale module ends up in the wheel.
rm -rf build dist/kiosk_*.deb
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt/kiosk/wheels" dist

# pip with no machine-specific settings: the public index, as on the CI machine.
pip_clean() {
  env $(env | sed -n 's/^\(PIP_[A-Z_]*\)=.*/-u \1/p') PIP_CONFIG_FILE=/dev/null \
    PIP_DISABLE_PIP_VERSION_CHECK=1 "$PY" -m pip "$@"
}
# pip's options for the wheels of one Python (e.g. 3.11) on this architecture.
platform_for() {
  local args=(--only-binary=:all: --python-version "$1" --implementation cp --abi "cp${1/./}")
  for minor in $(seq 36 -1 17); do args+=(--platform "manylinux_2_${minor}_${MACHINE}"); done
  echo "${args[@]}" --platform "manylinux2014_${MACHINE}"
}

for python in $PYTHONS; do
  echo "== wheels of the pinned dependencies for Python $python (hash-checked)"
  # shellcheck disable=SC2046 # the options are words without spaces
  pip_clean download --quiet --no-deps --require-hashes $(platform_for "$python") \
    -r packaging/requirements.lock -d "$STAGE/opt/kiosk/wheels"
done
echo "== the kiosk wheel (with assets and translations)"
pip_clean wheel --quiet --no-deps . -w "$STAGE/opt/kiosk/wheels"
wheel=$(ls "$STAGE"/opt/kiosk/wheels/helsinki_kiosk-"$VERSION"-*.whl)
listing=$("$PY" -m zipfile -l "$wheel")
for member in "share/kiosk/assets/flows/" "kiosk/ui/translations/kiosk_fi.qm"; do
  grep -q "$member" <<<"$listing" || {
    echo "make deb: $member is not in $wheel" >&2; exit 1; }
done

# The install list: the lock plus the kiosk wheel itself, every file by hash.
{
  cat packaging/requirements.lock
  echo "helsinki-kiosk==$VERSION \\"
  echo "    --hash=sha256:$(sha256sum "$wheel" | cut -d' ' -f1)"
} > "$STAGE/opt/kiosk/requirements.txt"
for python in $PYTHONS; do
  echo "== checking that the wheels install together on Python $python (dry run)"
  # shellcheck disable=SC2046
  pip_clean install --quiet --dry-run --ignore-installed --no-index --target build/deb/dry-run \
    --find-links "$STAGE/opt/kiosk/wheels" --require-hashes $(platform_for "$python") \
    -r "$STAGE/opt/kiosk/requirements.txt"
done

install -D -m 0755 packaging/kiosk-command.sh "$STAGE/usr/bin/kiosk"
install -D -m 0644 packaging/kiosk.service "$STAGE/lib/systemd/system/kiosk.service"
install -D -m 0755 packaging/restart-when-idle "$STAGE/usr/lib/kiosk/restart-when-idle"
# The installed config is the production template (not a demo, no PINs); the example
# with every key goes to the documentation.
install -D -m 0644 packaging/kiosk.production.toml "$STAGE/etc/kiosk/kiosk.toml"
install -D -m 0644 packaging/kiosk.pam "$STAGE/etc/pam.d/kiosk"
doc="$STAGE/usr/share/doc/kiosk"
install -D -m 0644 docs/INSTALL.md "$doc/INSTALL.md"
install -D -m 0644 docs/accessibility-statement.md "$doc/accessibility-statement.md"
install -D -m 0644 packaging/kiosk.example.toml "$doc/kiosk.example.toml"
install -D -m 0644 README.md "$doc/README.md"
echo "== licences of the bundled wheels"
# /usr/share/doc/kiosk/copyright (machine-readable) and the wheels' licence files.
"$PY" packaging/make_copyright.py "$STAGE/opt/kiosk/wheels" "$doc" "$MAINTAINER"

for script in postinst prerm postrm; do
  sed -e "s/@VERSION@/$VERSION/g" -e "s/@PYTHONS@/$PYTHONS/g" \
    "packaging/debian/$script" > "$STAGE/DEBIAN/$script"
  chmod 0755 "$STAGE/DEBIAN/$script"
done
printf '/etc/kiosk/kiosk.toml\n/etc/pam.d/kiosk\n' > "$STAGE/DEBIAN/conffiles"

# python3: one of the versions in $PYTHONS (for "3.11 3.13": at least 3.11, below
# 3.14, and not 3.12, which has no wheels here).
python_depends=()
lowest=${PYTHONS%% *}; highest=${PYTHONS##* }
python_depends+=("python3 (>= $lowest)" "python3 (<< ${highest%.*}.$(( ${highest#*.} + 1 )))")
for (( minor = ${lowest#*.} + 1; minor < ${highest#*.}; minor++ )); do
  case " $PYTHONS " in
    *" 3.$minor "*) ;;
    *) python_depends+=("python3 (<< 3.$minor) | python3 (>= 3.$(( minor + 1 )))") ;;
  esac
done

# Debian packages the kiosk needs: Python for the venv; cage and PAM/logind for the
# session; speech (espeak-ng, ALSA's aplay); the font the theme is measured with;
# Qt's system libraries for the wayland, xcb and offscreen platforms.
DEPENDS=(
  "${python_depends[@]}" python3-venv adduser
  cage libpam-systemd
  espeak-ng libespeak-ng1 alsa-utils fonts-dejavu-core libcups2
  libgl1 libegl1 libopengl0 libglib2.0-0 libfontconfig1 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
  libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xkb1
  libwayland-client0 libwayland-cursor0 libwayland-egl1
)
depends=$(IFS=,; echo "${DEPENDS[*]}" | sed 's/,/, /g')
size=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
cat > "$STAGE/DEBIAN/control" <<EOF
Package: kiosk
Version: $VERSION
Architecture: $ARCH
Maintainer: $MAINTAINER
Installed-Size: $size
Depends: $depends
Suggests: cups-client, xinit, xserver-xorg-core, xserver-xorg-input-libinput
Section: misc
Priority: optional
Homepage: https://www.hel.fi/
Description: Helsinki library e-service kiosk
 A full-screen touch kiosk for Helsinki city libraries that helps older and
 digitally excluded residents use the city's e-services: one question a screen,
 very large text, high contrast and speech in Finnish, Swedish and English.
 .
 Runs at boot under the cage Wayland compositor as the kiosk user
 (kiosk.service), configured in /etc/kiosk/kiosk.toml. The application lives in
 its own Python virtual environment in /opt/kiosk, made at install time from the
 pinned wheels in this package.
EOF
# md5sums for `dpkg --verify`; conffiles are checked by dpkg itself.
(cd "$STAGE" && find . -path ./DEBIAN -prune -o -path ./etc -prune -o -type f -printf '%P\0' \
  | sort -z | xargs -0 md5sum) > "$STAGE/DEBIAN/md5sums"

dpkg-deb --root-owner-group -Zgzip --build "$STAGE" "$OUT" >/dev/null
echo "== built $OUT ($(du -h "$OUT" | cut -f1))"
