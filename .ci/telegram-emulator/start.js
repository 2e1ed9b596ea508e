// Starts telegram-test-api on 127.0.0.1 for briefbot's Telegram smoke test.
// PORT (default 9000) picks the port; the process runs until it is killed.
'use strict';

const TelegramServer = require('telegram-test-api');

const port = Number(process.env.PORT || 9000);
const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 60 });

server.start().then(() => {
  console.log(`telegram-test-api listening on http://127.0.0.1:${port}`);
}, (err) => {
  console.error(`telegram-test-api: ${err}`);
  process.exit(1);
});

const stop = () => server.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
