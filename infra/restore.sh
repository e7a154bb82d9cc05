#!/usr/bin/env bash
# Restores an archive made by infra/backup.sh into the platform's database, replacing what it holds, then (with
# --rebuild-index) rebuilds the search index from the restored database.
#   infra/restore.sh "postgresql://user:password@host:5432/plateforme" backups/plateforme-….dump [--rebuild-index]
# Stop the web nodes and the crawler worker first; start them again afterwards. A Lucene node's own index folder
# rebuilds itself at its next start (its document count no longer matches); --rebuild-index does it now, and is the
# way to refill an Elasticsearch index. It runs the web host's own command: set the same settings (Database__*,
# Search__*) as the web nodes, and PLATEFORME_WEB_DLL to Plateforme.Web.dll when it is not in the current folder.
set -euo pipefail

url="${1:-}"
archive="${2:-}"
rebuild="${3:-}"
if [ -z "$url" ] || [ ! -f "$archive" ]; then
  echo "usage: $0 <postgresql://…/database> <archive.dump> [--rebuild-index]" >&2
  exit 2
fi

# Checks the archive is readable before anything is dropped.
pg_restore --list "$archive" >/dev/null
# --clean --if-exists: drops what the archive holds before re-creating it; one transaction: all or nothing.
pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction --exit-on-error --dbname="$url" "$archive"
echo "Restored $archive"

if [ "$rebuild" = "--rebuild-index" ]; then
  dll="${PLATEFORME_WEB_DLL:-Plateforme.Web.dll}"
  dotnet "$dll" rebuild-index
fi
