/**
 * Communications with approved text: notices to employees, customers, affected individuals, the public and the media,
 * drafted from templates (English and Japanese, {@code resources/comms/}), each edit a new version, one exact version
 * approved by someone other than its drafter, and only an approved version marked sent, with where and by whom. The
 * state lives in the incident log alone ({@code comms_drafted}, {@code comms_approved}, {@code comms_rejected},
 * {@code comms_sent}, each with the text's hash). The bot sends nothing outside Slack. {@code slack}:
 * {@code /incident comms}, its form and the room's messages.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "report", "incident", "incident :: access", "incident :: room", "time", "storage", "slack", "slack :: gateway"})
package org.csirtbot.comms;
