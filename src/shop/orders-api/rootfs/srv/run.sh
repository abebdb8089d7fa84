# The orders API: a private service reached through Cloud Map on $PORT, and through ExoCom.
echo "$ROLE listening on port ${PORT:-3000}; ExoCom at ${EXOCOM_HOST:-unset}:${EXOCOM_PORT:-unset}"
exec /bin/busybox httpd -f -v -p "${PORT:-3000}" -h /srv/www
