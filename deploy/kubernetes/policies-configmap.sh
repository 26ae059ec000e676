#!/usr/bin/env sh
# Prints the `modelgate-policies` ConfigMap built from a policies/ folder (default: the
# checkout's). Keys cannot hold `/`, so `terms/x.md` becomes `terms__x.md`; the Deployment's
# init container restores the folders. Apply with:
#   deploy/kubernetes/policies-configmap.sh | kubectl apply -f -
set -eu
dir=${1:-$(dirname "$0")/../../policies}
set --
for file in $(cd "$dir" && find . -type f ! -name '*.pyc' | sed 's|^\./||' | sort); do
  set -- "$@" "--from-file=$(printf '%s' "$file" | sed 's|/|__|g')=$dir/$file"
done
exec kubectl create configmap modelgate-policies "$@" --dry-run=client -o yaml
