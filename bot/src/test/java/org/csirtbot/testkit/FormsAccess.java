package org.csirtbot.testkit;

import java.util.Map;

/** The report form state for tests outside this package. */
public final class FormsAccess {

    private FormsAccess() {
    }

    public static Map<String, Map<String, Object>> declaration(String title) {
        return Forms.declaration(title, "S1", "malware", "AMBER", false, false);
    }

    public static Map<String, Map<String, Object>> report(String what) {
        return Forms.report("other", what, "now", "laptop", null);
    }
}
