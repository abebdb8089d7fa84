# The fulfilment worker: no inbound port. Its arguments come from exosphere.yml's command (the image has none),
# as separate words: "--queue shop-orders --bucket shop-invoices" arrives as four arguments, not one line.
queue=unset
bucket=unset
while [ $# -gt 0 ]; do
  case "$1" in
    --queue) queue=$2; shift 2 ;;
    --bucket) bucket=$2; shift 2 ;;
    *) echo "$ROLE: unknown argument $1" >&2; exit 2 ;;
  esac
done
echo "$ROLE started in $(pwd) as $(/bin/busybox id -u):$(/bin/busybox id -g): queue $queue, invoices in $bucket"
# SIGTERM (ECS stopping the task) ends the current wait; stopTimeout is how long ECS waits before SIGKILL.
trap 'echo "$ROLE: stopping"; exit 0' TERM
while true; do
  echo "$ROLE: polling $queue"
  sleep 20 &
  wait $!
done
