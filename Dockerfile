# The GraphQL API (`npm start`) for docker-compose.yml. Neo4j runs in its own container (NEO4J_URI).
FROM node:20-bookworm-slim
WORKDIR /app

COPY package.json package-lock.json ./
RUN npm ci

COPY . .
# GraphiQL is served from dist/graphiql; build it into the image instead of at every start.
RUN npm run build:graphiql && npm run build:widgets

ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000
# tsx directly (not npm start): npm does not pass SIGTERM on, and the API drains in-flight requests on it.
CMD ["node_modules/.bin/tsx", "src/main.ts"]
