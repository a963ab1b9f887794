package org.csirtbot.closing;

import java.util.Arrays;
import java.util.Optional;

/**
 * The lessons-learned questions, for NIST SP 800-61r3's improvement (CSF 2.0 ID.IM-03: lessons from incident response
 * improve the organisation's processes; captured in any phase with {@code /incident improve}); the questions are those
 * responders know from r2 §3.4.1 (r2 withdrawn 2025-04-03). Asked by
 * {@code /incident resolve}. The {@link #id()}
 * keys the answers in {@link Incident.Closure#lessons()} and in {@link LogKind#LESSONS_RECORDED}; the question's
 * wording is the text {@code lessons.question.<id>}.
 */
public enum LessonsQuestion {
    /** Exactly what happened, and at what times? */
    WHAT_HAPPENED,
    /** How well did staff and management perform in dealing with the incident? */
    PERFORMANCE,
    /** Were the documented procedures followed? Were they adequate? */
    PROCEDURES,
    /** What information was needed sooner? */
    INFORMATION_NEEDED,
    /** Were any steps or actions taken that might have inhibited the recovery? */
    INHIBITING_ACTIONS,
    /** What would the staff and management do differently the next time a similar incident occurs? */
    NEXT_TIME,
    /** How could information sharing with other organisations have been improved? */
    INFORMATION_SHARING,
    /** What corrective actions can prevent similar incidents in the future? */
    CORRECTIVE_ACTIONS,
    /** What precursors or indicators should be watched for in the future to detect similar incidents? */
    INDICATORS,
    /** What additional tools or resources are needed to detect, analyse and mitigate future incidents? */
    TOOLS_AND_RESOURCES;

    /** The longest answer, in characters: Slack's limit for a text input. */
    public static final int MAX_ANSWER = 3000;

    /** The question's ID in storage, the log and forms: {@code what_happened}, … */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<LessonsQuestion> ofId(String id) {
        return Arrays.stream(values()).filter(q -> q.id().equals(id)).findFirst();
    }
}
