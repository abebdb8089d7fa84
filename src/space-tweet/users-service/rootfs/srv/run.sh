# Serves /health and the service's CGI on $PORT; logs each request to stdout (the container log).
echo "$ROLE listening on port ${PORT:-3000}; ExoCom at ${EXOCOM_HOST:-unset}:${EXOCOM_PORT:-unset}"
exec /bin/busybox httpd -f -v -p "${PORT:-3000}" -h /srv/www
