# A worker: no inbound port. Says it is alive once a minute, where ECS collects it.
echo "$ROLE started; ExoCom at ${EXOCOM_HOST:-unset}:${EXOCOM_PORT:-unset}"
while true; do
  echo "$ROLE: waiting for tweets.stored"
  sleep 60
done
