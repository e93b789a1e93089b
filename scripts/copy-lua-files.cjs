// Copies the Lua scripts under src/ into dist/src/ after `tsc` (which copies only what it compiles): the service
// reads them at run time, and the Docker image ships dist/ without src/.
const { cpSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
cpSync(join(root, 'src'), join(root, 'dist', 'src'), {
  recursive: true,
  filter: (source) => statSync(source).isDirectory() || source.endsWith('.lua'),
});
