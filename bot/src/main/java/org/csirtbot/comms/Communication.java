package org.csirtbot.comms;

import java.util.List;
import java.util.Optional;

/**
 * A communication of an incident and all its versions, oldest first.
 *
 * @param id       {@code COMMS-<n>}, numbered per incident
 * @param kind     what it is, the template it started from
 * @param language {@code en} or {@code ja}, the template's language
 * @param versions every version, oldest first; never empty
 */
public record Communication(String id, CommsKind kind, String language, List<CommsVersion> versions) {

    public static final String PREFIX = "COMMS-";

    public Communication {
        versions = List.copyOf(versions);
    }

    public CommsVersion latest() {
        return versions.get(versions.size() - 1);
    }

    public Optional<CommsVersion> version(int number) {
        return number >= 1 && number <= versions.size() ? Optional.of(versions.get(number - 1)) : Optional.empty();
    }
}
