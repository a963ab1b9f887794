package org.csirtbot.partners;

import java.util.Locale;

/** A text in English and Japanese, either of which may be empty; read in one language, else in the other. */
public record Bilingual(String en, String ja) {

    public static final Bilingual EMPTY = new Bilingual("", "");

    public Bilingual {
        en = en == null ? "" : en;
        ja = ja == null ? "" : ja;
    }

    /** The text in the locale's language, else in the other; empty when neither is given. */
    public String in(Locale locale) {
        boolean japanese = locale != null && "ja".equals(locale.getLanguage());
        String first = japanese ? ja : en;
        return first.isEmpty() ? (japanese ? en : ja) : first;
    }

    public boolean blank() {
        return en.isEmpty() && ja.isEmpty();
    }
}
