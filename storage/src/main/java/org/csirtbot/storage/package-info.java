/**
 * Storage: the MongoDB documents and the stores that read and write them, the append-only incident
 * log, identifier counters, and the embedded default store. Knows MongoDB; knows nothing of Slack.
 */
package org.csirtbot.storage;
