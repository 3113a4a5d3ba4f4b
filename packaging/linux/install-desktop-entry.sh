#!/bin/sh
# Adds the unpacked ClientVault folder to this user's app menu: the .desktop entry
# (Exec pointing at this folder's `clientvault`) and the icon in every drawn size.
# Run it from the unpacked tarball: ./install-desktop-entry.sh  (undo: --remove)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
id=io.github.clientvault.ClientVault
data=${XDG_DATA_HOME:-$HOME/.local/share}
resources="$here/_internal/ui/resources"
if [ "${1:-}" = "--remove" ]; then
    rm -f "$data/applications/$id.desktop"
    for size in 16 24 32 48 64 128 256 512; do
        rm -f "$data/icons/hicolor/${size}x${size}/apps/$id.png"
    done
    echo "Removed ClientVault from the app menu."
    exit 0
fi
mkdir -p "$data/applications"
sed "s|^Exec=clientvault-app\$|Exec=\"$here/clientvault\"|" \
    "$resources/desktop/$id.desktop" > "$data/applications/$id.desktop"
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
    cp "$resources/icons/clientvault-$size.png" "$data/icons/hicolor/${size}x${size}/apps/$id.png"
done
echo "ClientVault is in the app menu ($data/applications/$id.desktop)."
