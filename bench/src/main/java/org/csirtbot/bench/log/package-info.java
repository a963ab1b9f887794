/** One incident's log (issue 16): appends through the bot's own store code, its verification, its API and report.md. */
package org.csirtbot.bench.log;
