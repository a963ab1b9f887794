package org.csirtbot.observables;

import java.util.Objects;

/** One observable, its value normalised (see {@code ObservableExtraction}); equal values are the same thing. */
public record Observable(ObservableType type, String value) {

    public Observable {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    /** {@code <type code>:<value>}: one string that says what it is, for keys and lookups. */
    public String key() {
        return type.code() + ":" + value;
    }
}
