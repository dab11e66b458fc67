// The example tabs GraphiQL opens with: the product's main questions, each with a first line saying what it asks,
// so that someone who does not write GraphQL can run one, then change it in the explorer. The browser test runs
// every tab (tests/browser/graphiql.test.ts), and `npm start` asks each once to warm the database (src/warm-up.ts);
// keep them to fields the schema has.

export interface ExampleTab {
  /** The operation name, which GraphiQL shows as the tab's title. */
  name: string;
  query: string;
}

export const EXAMPLE_TABS: ExampleTab[] = [
  {
    name: 'RouteByNames',
    query: `# The fewest moves from Embedded Engineer to Senior Edge AI, by name: months and skill areas per step
query RouteByNames {
  careerPath(from: "Embedded Engineer", to: "Senior Edge AI") {
    roles { id title }
    totalMonths { typical min max }
    steps {
      from { title }
      to { title }
      months { typical }
      skillsToLearn(grain: AREA) { name parts { name } }
    }
  }
}
`,
  },
  {
    name: 'NextRoles',
    query: `# Where can a registered nurse go next? Best next roles, months to get there, skills missing
query NextRoles {
  nextRoles(role: "Registered Nurses", first: 5) {
    role { id title }
    months { typical }
    coverage
    missingSkills { name }
  }
}
`,
  },
  {
    name: 'SkillGap',
    query: `# What must an embedded software engineer learn to become an edge AI engineer?
query SkillGap {
  skillGap(from: "embedded-software-engineer", to: "edge-ai-engineer") {
    toLearn {
      skill { name }
      importance
      certifications { name }
    }
  }
}
`,
  },
  {
    name: 'SkillOverlap',
    query: `# How much do these four roles' required skills overlap, pair by pair (Jaccard 0-1)?
query SkillOverlap {
  skillOverlap(roles: ["embedded-software-engineer", "ml-engineer", "edge-ai-engineer", "senior-edge-ai-engineer"]) {
    a { title }
    b { title }
    jaccard
    sharedCount
    sharedSkills(first: 3) { name }
  }
}
`,
  },
  {
    name: 'Search',
    query: `# Everything in the graph that matches "edge AI": roles, skills, courses..., best first
query Search {
  search(text: "edge AI", first: 8) {
    score
    node {
      __typename
      ... on Role { id title }
      ... on Skill { id name }
      ... on Certification { id name }
      ... on Course { id name }
      ... on Company { id name }
      ... on Platform { id name }
    }
  }
}
`,
  },
];
