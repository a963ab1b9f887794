package org.csirtbot.incident;

import java.util.Set;

/** Who the CSIRT's responders are. */
public interface ResponderDirectory {

    Set<String> responders();

    default boolean isResponder(String userId) {
        return responders().contains(userId);
    }
}
