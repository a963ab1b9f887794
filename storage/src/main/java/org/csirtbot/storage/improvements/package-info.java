/**
 * The improvement register's store (issue 15): items that outlive the incident they came from, with their own
 * retention. Knows MongoDB; knows nothing of Slack.
 */
@org.springframework.modulith.NamedInterface("improvements")
package org.csirtbot.storage.improvements;
