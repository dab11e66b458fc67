# The GraphQL API for docker-compose.yml, as compiled JavaScript (`npm run build`, then `node dist/main.js`).
# Neo4j runs in its own container (NEO4J_URI).
FROM node:20-bookworm-slim
WORKDIR /app

COPY package.json package-lock.json ./
# No install scripts yet: the prepare script builds the browser assets, whose sources are copied only below.
RUN npm ci --ignore-scripts

COPY . .
# tsc to dist/, then GraphiQL and the widgets into dist/graphiql and dist/widgets, once, in the image.
RUN npm run build

ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000
# node directly (not npm run start:prod): npm does not pass SIGTERM on, and the API drains in-flight requests on it.
CMD ["node", "--enable-source-maps", "dist/main.js"]
