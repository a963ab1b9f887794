package org.csirtbot.report;

/**
 * Who outside told the CSIRT of something, through the web intake: the intake item ({@code NTF-…}), the sender as
 * they named themselves ({@code from}: a directory ID such as {@code jpcert}, or a free name), how they said to reach
 * them ({@code contact}, or null), the directory entry they are ({@code partnerId}, null when unknown: then unverified,
 * to be called back on a number known from elsewhere), their reference (ticket or advisory ID), a link and the TLP they
 * marked it with (each or null).
 */
public record Notifier(String intakeId, String from, String contact, String partnerId, String reference, String url,
                       String tlp) {

    /** Whether the sender is an entry of the directory of outside organisations. */
    public boolean known() {
        return partnerId != null;
    }
}
