// jsdom lacks a few web globals that react-router and Apollo use; Node provides them.
const { TextDecoder, TextEncoder } = require('node:util');

Object.assign(globalThis, { TextDecoder, TextEncoder });
