/**
 * The links between incidents (issue 15, central management): two incidents found to belong together, each pair
 * stored once. Knows MongoDB; knows nothing of Slack.
 */
@org.springframework.modulith.NamedInterface("links")
package org.csirtbot.storage.links;
