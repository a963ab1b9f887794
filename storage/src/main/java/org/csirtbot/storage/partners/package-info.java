/**
 * The stores of outside organisations (issue 14): the directory's entries edited through the API, and the requests to
 * and from those organisations that incidents log. Knows MongoDB; knows nothing of Slack.
 */
@org.springframework.modulith.NamedInterface("partners")
package org.csirtbot.storage.partners;
