/**
 * What every benchmark runs on: the packaged bot, the fake Slack and mongo-java-server as child processes, signed Slack
 * requests sent open loop, HTTP, percentiles, the machine, and docs/benchmarks.md with its sections.
 */
package org.csirtbot.bench.harness;
