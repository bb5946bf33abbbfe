#!/usr/bin/env bash
# A PostgreSQL server for the tests that need one (the store on PostgreSQL, several nodes on one
# database): Debian's postgresql, installed when missing, a throwaway cluster on 127.0.0.1.
#   bash scripts/postgres.sh start   # prints the url to put in ETP_CODEC_PG_URL
#   bash scripts/postgres.sh stop
# ETP_CODEC_PG_PORT (default 54329) and ETP_CODEC_PG_DIR (default /tmp/etp-codec-pg) choose where.
set -euo pipefail
port="${ETP_CODEC_PG_PORT:-54329}"
dir="${ETP_CODEC_PG_DIR:-/tmp/etp-codec-pg}"
run() { if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo -n "$@"; else "$@"; fi; }
# PostgreSQL refuses to run as root: as root, its programs run as the postgres user.
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

bin() {
  local found
  found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -z "$found" ]; then
    export DEBIAN_FRONTEND=noninteractive
    run apt-get update -qq >&2
    run apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    found="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  fi
  echo "$found"
}

case "${1:-start}" in
  start)
    b="$(bin)"
    if [ ! -f "$dir/PG_VERSION" ]; then
      mkdir -p "$dir"
      [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
      as_pg "$b/initdb" -D "$dir" -U etp -A trust -E UTF8 >/dev/null
    fi
    if ! as_pg "$b/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
      as_pg "$b/pg_ctl" -D "$dir" -l "$dir/server.log" -w -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
    fi
    echo "postgres://etp@127.0.0.1:$port/postgres"
    ;;
  stop)
    b="$(bin)"
    as_pg "$b/pg_ctl" -D "$dir" -m fast stop >/dev/null 2>&1 || true
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
