#!/usr/bin/env bash
# Installs the Debian packages the kiosk needs, if any are missing.
# As root it runs apt-get; otherwise it prints the exact sudo line and fails.
set -euo pipefail

# Python venv; Xvfb for machines with no display; Qt's X11/xcb libraries; the font the
# theme is measured with; espeak-ng and ALSA's aplay for speech (pyttsx3); sox to check
# speech audio in tests; Qt's CUPS printing (libcups2), and zbarimg and pdftotext to
# check QR codes and printouts in tests; AT-SPI and D-Bus for the accessibility-tree test;
# Mosquitto for the fleet tests (each starts its own broker on a free loopback port) and
# Prometheus for promtool, which checks packaging/monitoring/*.rules.yml.
PACKAGES=(
  python3-venv python3-pip make
  xvfb xauth
  fonts-dejavu-core
  libgl1 libegl1 libopengl0 libglib2.0-0 libfontconfig1 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
  libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xkb1
  espeak-ng libespeak-ng1 alsa-utils sox libcups2 zbar-tools poppler-utils
  at-spi2-core dbus dbus-x11 python3-pyatspi gir1.2-atspi-2.0
  mosquitto prometheus
)
#: Packages that come with a system service the tests do not want running.
SERVICES=(mosquitto prometheus)

missing=()
for package in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
  # Installed only for the tests and promtool: a broker on 1883 and a Prometheus server on
  # 9090 that nobody asked for are switched off again (on a machine that runs systemd).
  if [ -d /run/systemd/system ]; then
    for service in "${SERVICES[@]}"; do
      if [[ " ${missing[*]} " == *" $service "* ]]; then
        systemctl disable --now "$service" >/dev/null 2>&1 || true
        echo "Switched off the $service service the package started (the tests run their own)."
      fi
    done
  fi
else
  echo "These Debian packages are missing: ${missing[*]}" >&2
  echo "Install them with:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
