# One image for both processes: `node dist/src/main/api.js` (default) or `node dist/workers/moderation-worker.js`.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY config ./config
COPY src ./src
COPY workers ./workers
COPY ui ./ui
COPY scripts/build-ui.mjs ./scripts/build-ui.mjs
COPY scripts/copy-lua-files.cjs ./scripts/
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY config ./config
COPY models ./models
USER node
EXPOSE 3000
CMD ["node", "dist/src/main/api.js"]
