/**
 * A child for scripts/stack/node-child.spec.ts: says it is ready, then logs as an API does (argv[2] lines), then exits once its
 * output is taken, which it is only if someone drains the pipe. With argv[2] "never", it exits without being ready.
 */
const [lines] = process.argv.slice(2);
if (lines === 'never') {
  process.stderr.write('no database\n');
  process.exit(3);
}
process.stdout.write('chatty ready on 4711\n');
const line = `${JSON.stringify({ level: 30, msg: 'request completed', url: '/mentorships/x/meetings', statusCode: 200 })}\n`;
process.stdout.write(line.repeat(Number(lines)), () => process.exit(0));
