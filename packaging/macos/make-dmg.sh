#!/bin/sh
# Make dist/ftz-desktop-<version>-macos.dmg from "dist/FTZ Desktop.app" (built by packaging/build.py):
# the app and a link to /Applications to drag it onto. Run on macOS from the repository root.
# Sign and notarise before giving it away (codesign --deep --options runtime, xcrun notarytool);
# an unsigned app opens only after right-click → Open.
set -eu
VERSION=$(python3 -c "import re;print(re.search(r'__version__ = \"(.+)\"', open('ftz_desktop/__init__.py').read())[1])")
APP="dist/FTZ Desktop.app"
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
test -d "$APP" || { echo "no $APP: run packaging/build.py first" >&2; exit 1; }
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
OUT="dist/ftz-desktop-$VERSION-macos.dmg"
rm -f "$OUT"
hdiutil create -volname "FTZ Desktop $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$OUT"
echo "$OUT"
