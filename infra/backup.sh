#!/usr/bin/env bash
# Backs up the platform's database (every module's schema, the Quartz tables, the Data Protection keys) into one
# pg_dump archive in the custom format. The search index is not backed up: it is rebuilt from the database.
#   infra/backup.sh "postgresql://user:password@host:5432/plateforme" [folder]     (default folder: ./backups)
# Prints the archive's path. Safe while the site runs (pg_dump reads one consistent snapshot).
set -euo pipefail

url="${1:-${PLATEFORME_DATABASE_URL:-}}"
folder="${2:-backups}"
if [ -z "$url" ]; then
  echo "usage: $0 <postgresql://…/database> [folder]   (or set PLATEFORME_DATABASE_URL)" >&2
  exit 2
fi

mkdir -p "$folder"
archive="$folder/plateforme-$(date -u +%Y%m%dT%H%M%SZ).dump"
# --no-owner/--no-privileges: the archive restores into a database owned by another role name.
pg_dump --format=custom --compress=6 --no-owner --no-privileges --dbname="$url" --file="$archive.partial"
# Renamed only once complete: a backup cut short never looks like a good one.
mv "$archive.partial" "$archive"
echo "$archive"
