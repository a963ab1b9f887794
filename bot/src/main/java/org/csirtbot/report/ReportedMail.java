package org.csirtbot.report;

import java.util.Locale;
import java.util.Set;

/**
 * The suspicious mail a reporter attached to the report form as a file (.eml or .msg): where it is in Slack, not its
 * content, which the bot never downloads. The file stays in Slack, readable by the CSIRT through its permalink.
 *
 * @param fileId    Slack's file ID ({@code F…})
 * @param name      its file name as uploaded
 * @param filetype  Slack's file type ({@code eml}, or {@code binary} and the like for a .msg), or null
 * @param size      its size in bytes
 * @param permalink a link to it in Slack, or null when Slack gave none
 */
public record ReportedMail(String fileId, String name, String filetype, long size, String permalink) {

    /** Slack's limit for a file uploaded through a form: 10 MB. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final Set<String> MAIL_EXTENSIONS = Set.of("eml", "msg");

    /** Whether it is a saved mail by its name or Slack's file type: .eml or .msg. */
    public boolean isMail() {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        boolean byName = dot >= 0 && MAIL_EXTENSIONS.contains(lower.substring(dot + 1));
        return byName || (filetype != null && MAIL_EXTENSIONS.contains(filetype.toLowerCase(Locale.ROOT)));
    }

    /** Its file name, or its ID when it has none. */
    public String shownName() {
        return name == null || name.isBlank() ? fileId : name;
    }

    /** Whether it is within the 10 MB a form may carry. */
    public boolean withinLimit() {
        return size <= MAX_BYTES;
    }
}
