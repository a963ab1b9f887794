package org.csirtbot.report;

/**
 * A Slack message someone reported from where it was (the message shortcut "Report to CSIRT", or the report reaction),
 * kept with the report as evidence: as it was when reported, whatever the reporter then wrote about it.
 *
 * @param channel   the conversation it is in
 * @param author    who wrote it: a user ID, or a bot ID
 * @param ts        its Slack timestamp, which names it in its conversation
 * @param permalink a link to it, or null when Slack gave none
 * @param text      its text as Slack holds it (links and mentions in Slack's markup, {@code &}, {@code <} and
 *                  {@code >} escaped); empty when it has none (a file or an attachment only)
 */
public record CapturedMessage(String channel, String author, String ts, String permalink, String text) {

    public CapturedMessage {
        text = text == null ? "" : text;
    }

    /** The text with Slack's escaping undone, as the observables in it are read. */
    public String plainText() {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
