#!/usr/bin/env bash
# Vendors Leaflet (BSD-2-Clause) from the npm registry into the web assets, so the map never loads a CDN.
# Run it again to change the version: the files it writes are committed.
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:-1.9.4}"
target=src/Web/wwwroot/lib/leaflet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack "leaflet@${version}" --silent >/dev/null)
tar -xzf "$work/leaflet-${version}.tgz" -C "$work"
rm -rf "$target"
mkdir -p "$target/images"
# The ES module build (imported by the map's own module), its stylesheet and marker images, and the licence.
cp "$work/package/dist/leaflet-src.esm.js" "$target/"
cp "$work/package/dist/leaflet.css" "$target/"
cp "$work/package/dist/images/"*.png "$target/images/"
cp "$work/package/LICENSE" "$target/LICENSE"
echo "leaflet ${version} from the npm registry ($(date -u +%Y-%m-%d))" > "$target/VERSION"
echo "Leaflet ${version} vendored into ${target}"
