#!/usr/bin/env bash
# The macOS disk image: ClientVault.app (PyInstaller's BUNDLE, packaging/clientvault.spec)
# next to an /Applications link, so it installs by dragging. Run on macOS only, after
#     pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/clientvault.spec
# Signing: with CODESIGN_IDENTITY set (a "Developer ID Application: …" certificate in the
# keychain) the app is signed with the hardened runtime, ready for `xcrun notarytool`;
# without it the app is signed ad hoc, which runs on this Mac but Gatekeeper warns elsewhere.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(sed -n 's/^VERSION = "\(.*\)"/\1/p' vault/version.py)
app=dist/ClientVault.app
[ -d "$app" ] || { echo "no $app: build it with PyInstaller first" >&2; exit 1; }
identity=${CODESIGN_IDENTITY:--}
options=()
[ "$identity" != "-" ] && options=(--options runtime --timestamp)
codesign --force --deep ${options[@]+"${options[@]}"} --sign "$identity" "$app"
codesign --verify --deep --strict "$app"
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname ClientVault -srcfolder "$staging" -ov -format UDZO \
    "dist/ClientVault-$version-macos-$(uname -m).dmg"
