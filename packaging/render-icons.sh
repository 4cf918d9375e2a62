#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates every raster icon from resources/icons/attendance-importer.svg. The outputs are committed, so a
# build never needs these tools; run this after editing the SVG.
# Needs: rsvg-convert (librsvg2-bin), ImageMagick's convert (for the .ico) and python3 (for the .icns).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
app_id=$(sed -n 's/^set(ATTENDANCE_APP_ID "\(.*\)")$/\1/p' "$root/CMakeLists.txt")
[ -n "$app_id" ] || { echo "ATTENDANCE_APP_ID not found in CMakeLists.txt" >&2; exit 1; }
svg="$root/resources/icons/attendance-importer.svg"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Linux: freedesktop hicolor theme sizes.
for size in 16 32 48 64 128 256; do
    dir="$root/resources/icons/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$dir/$app_id.png"
done

# Windows: one .ico holding the sizes Explorer and the taskbar ask for (256 is stored as PNG by ImageMagick).
for size in 16 24 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$tmp/ico-$size.png"
done
convert "$tmp"/ico-16.png "$tmp"/ico-24.png "$tmp"/ico-32.png "$tmp"/ico-48.png \
        "$tmp"/ico-64.png "$tmp"/ico-128.png "$tmp"/ico-256.png \
        "$root/packaging/windows/attendance-importer.ico"

# macOS: an .icns of PNG entries (accepted since 10.7). iconutil only exists on macOS, so write the
# container directly: "icns" + total length, then per entry a type code, its length and the PNG bytes.
for size in 16 32 64 128 256 512 1024; do
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$tmp/icns-$size.png"
done
python3 - "$tmp" "$root/packaging/macos/attendance-importer.icns" <<'PY'
import struct, sys
tmp, out = sys.argv[1], sys.argv[2]
entries = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
           ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512), ("ic10", 1024)]
body = b""
for code, size in entries:
    with open(f"{tmp}/icns-{size}.png", "rb") as f:
        png = f.read()
    body += code.encode("ascii") + struct.pack(">I", len(png) + 8) + png
with open(out, "wb") as f:
    f.write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY

echo "Rendered icons for $app_id"
