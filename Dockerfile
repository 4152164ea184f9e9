# The production image: `npm start` on a PostgreSQL server (DATABASE_URL), with the standalone
# build made at image build time. Each start migrates under an advisory lock, so replicas may
# start together. Not built by this repository's tests (no Docker on the CI machine).
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
COPY package.json package-lock.json .npmrc ./
RUN npm ci
COPY . .
# Generates the Prisma client, runs `next build` (output: "standalone") and stamps the build.
RUN npm run build && rm -rf .next/cache node_modules

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 HOST=0.0.0.0 PORT=3000
# Owned by root, run as an unprivileged user: the app cannot rewrite its own code.
COPY --from=build /app /app
COPY --from=deps /app/node_modules /app/node_modules
RUN useradd --system --user-group --no-create-home --home-dir /app app
USER app
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=90s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + process.env.PORT + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# Node as PID 1 handles SIGTERM itself: the servers finish their requests, then it exits.
CMD ["node", "--import", "tsx", "scripts/start.ts"]
