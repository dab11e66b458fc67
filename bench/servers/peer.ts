// The peer for the throughput comparison: @neo4j/graphql (v7) over the same graph, with its own type definitions
// for Role (with its next roles), Skill and Company, served by Apollo Server on Express like ours. Prints `READY <url>`; stops when stdin
// closes or on SIGTERM.
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import { loadConfig } from '../../src/config.js';
import { createDriver } from '../../src/db/database.js';
import { stopOnSignalOrParentExit } from './shutdown.js';

const PEER_TYPE_DEFS = /* GraphQL */ `
  type Role @node {
    id: ID!
    title: String!
    source: String!
    skills: [Skill!]! @relationship(type: "REQUIRES", direction: OUT)
    hiringCompanies: [Company!]! @relationship(type: "HIRES_FOR", direction: IN)
    nextRoles: [Role!]! @relationship(type: "TRANSITIONS_TO", direction: OUT)
  }
  type Skill @node {
    id: ID!
    name: String!
  }
  type Company @node {
    id: ID!
    name: String!
  }
`;

const config = loadConfig();
if (!config.neo4j.uri) throw new Error('bench/servers/peer.ts needs NEO4J_URI');
// The same driver settings as our API (pool size, timeouts), so the comparison is about the GraphQL layer.
const driver = createDriver(config.neo4j.uri, config.neo4j.user, config.neo4j.password);
await driver.verifyConnectivity();
const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();

const app = express();
const httpServer = http.createServer(app);
const apollo = new ApolloServer({ schema, plugins: [ApolloServerPluginDrainHttpServer({ httpServer })] });
await apollo.start();
app.use('/graphql', express.json({ limit: '100kb' }), expressMiddleware(apollo, { context: async () => ({}) }));
await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
const address = httpServer.address();
console.log(`READY http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);

stopOnSignalOrParentExit(async () => {
  await apollo.stop();
  await driver.close();
});
