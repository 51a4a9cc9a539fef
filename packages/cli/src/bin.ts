#!/usr/bin/env node
import { processIo } from './defaultIo';
import { runCli } from './main';

void runCli(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
