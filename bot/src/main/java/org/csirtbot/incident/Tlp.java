package org.csirtbot.incident;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Traffic Light Protocol 2.0 labels: how far what is known about the incident may travel. */
public enum Tlp {
    CLEAR("CLEAR"), GREEN("GREEN"), AMBER("AMBER"), AMBER_STRICT("AMBER+STRICT"), RED("RED");

    private final String label;

    Tlp(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** AMBER+STRICT and RED stay within the organisation's smallest circle: their rooms are private. */
    public boolean restrictsRoom() {
        return this == AMBER_STRICT || this == RED;
    }

    public static Optional<Tlp> fromLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.label.equals(label)).findFirst();
    }

    /**
     * A level as people type it: a label or a name in any case ({@code amber+strict}, {@code AMBER_STRICT},
     * {@code amber-strict}, and {@code amber strict} as a query string's {@code +} arrives), with or without
     * {@code TLP:}.
     */
    public static Optional<Tlp> named(String typed) {
        String name = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        String level = (name.startsWith("TLP:") ? name.substring(4) : name).replaceAll("[-+ ]", "_");
        return Arrays.stream(values()).filter(t -> t.name().equals(level)).findFirst();
    }

    /** Whether this level is stricter (travels less far) than {@code other}. */
    public boolean stricterThan(Tlp other) {
        return compareTo(other) > 0;
    }
}
