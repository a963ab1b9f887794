/**
 * Classification: an incident's TLP and confidentiality, changed with a reason by its commander or deputy and logged
 * with the change, and its room moved to a private one when the incident becomes restricted in a public room (recorded
 * step by step, so a move cut short is finished; {@link org.csirtbot.classification.RoomMoved} tells the features
 * showing work in the room). {@code slack}: {@code /incident tlp|confidential} and the move in Slack.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "incident", "incident :: room", "incident :: access", "storage", "slack", "slack :: gateway"})
package org.csirtbot.classification;
