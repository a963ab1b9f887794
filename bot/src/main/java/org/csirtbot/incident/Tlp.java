package org.csirtbot.incident;

import java.util.Arrays;
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
}
