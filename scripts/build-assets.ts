// `npm run build:assets` (and the prepare script, which `npm ci` and `npm install` run): builds GraphiQL and the
// widgets into dist/, printing one line.
import { buildStaticAssets } from '../src/static-builds.js';

buildStaticAssets();
