// Runs Azurite's table service in this process and ends it when the parent goes away: the
// parent holds our stdin, and a parent that dies (even by SIGKILL) closes it.
process.stdin.on('close', () => process.exit(0));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
require(require.resolve('azurite/dist/src/table/main.js'));
