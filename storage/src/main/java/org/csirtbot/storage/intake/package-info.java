/**
 * The store of what outside parties send the CSIRT through the web intake (issue 15): notifications and advisories,
 * each once per sender and reference, with the decision taken on an advisory. Knows MongoDB; knows nothing of Slack.
 */
@org.springframework.modulith.NamedInterface("intake")
package org.csirtbot.storage.intake;
