#!/bin/sh
# Install the FTZ Desktop folder this script is in for the current user (or under PREFIX):
#   ./install.sh                 # ~/.local: program, menu entry, icons, AppStream metainfo
#   PREFIX=/opt/ftz ./install.sh
#   ./install.sh --uninstall     # removes the program and its menu entry; your library stays
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
APP_ID=org.ftzdesktop.FTZDesktop
LIB="$PREFIX/lib/ftz-desktop"
SHARE="$PREFIX/share"

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$LIB"
    rm -f "$PREFIX/bin/ftz-desktop" "$SHARE/applications/$APP_ID.desktop" "$SHARE/metainfo/$APP_ID.metainfo.xml"
    find "$SHARE/icons/hicolor" -name "$APP_ID.*" -delete 2>/dev/null || true
    echo "FTZ Desktop removed (the library in ~/.local/share/ftz-desktop is kept)."
    exit 0
fi

mkdir -p "$LIB" "$PREFIX/bin" "$SHARE/applications" "$SHARE/metainfo"
cp -R "$HERE/ftz-desktop" "$HERE/_internal" "$LIB/"
ln -sf "$LIB/ftz-desktop" "$PREFIX/bin/ftz-desktop"
sed "s|^Exec=ftz-desktop|Exec=$LIB/ftz-desktop|; s|^TryExec=ftz-desktop|TryExec=$LIB/ftz-desktop|" \
    "$HERE/share/applications/$APP_ID.desktop" > "$SHARE/applications/$APP_ID.desktop"
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$SHARE/metainfo/"
cp -R "$HERE/share/icons" "$SHARE/"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$SHARE/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
echo "FTZ Desktop installed: $PREFIX/bin/ftz-desktop and the menu entry."
