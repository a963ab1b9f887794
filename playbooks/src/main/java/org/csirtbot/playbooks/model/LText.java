package org.csirtbot.playbooks.model;

/** A text in English and Japanese. The loader refuses a playbook where either is missing. */
public record LText(String en, String ja) {

    /** The text in {@code lang} ("ja" or anything else for English), falling back to the other one. */
    public String in(String lang) {
        String wanted = "ja".equals(lang) ? ja : en;
        return wanted != null ? wanted : ("ja".equals(lang) ? en : ja);
    }
}
