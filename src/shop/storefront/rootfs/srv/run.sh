# The storefront: serves its pages, /health and its CGI on $PORT; logs each request to stdout (the container log).
echo "$ROLE listening on port ${PORT:-8080}; ExoCom at ${EXOCOM_HOST:-unset}:${EXOCOM_PORT:-unset}"
exec /bin/busybox httpd -f -v -p "${PORT:-8080}" -h /srv/www
