package org.csirtbot.playbooks.testing;

import java.util.stream.Stream;
import org.csirtbot.playbooks.load.PlaybookLibrary;
import org.csirtbot.playbooks.model.Playbook;

/** The shipped library, read once for the tests. */
public final class BuiltIns {

    private static final PlaybookLibrary LIBRARY = PlaybookLibrary.builtIn(null);

    private BuiltIns() {
    }

    public static PlaybookLibrary library() {
        return LIBRARY;
    }

    /** The ids of all built-ins, for parameterised tests. */
    public static Stream<String> ids() {
        return LIBRARY.all().stream().map(Playbook::id);
    }

    /** The built-in playbook {@code id}; fails with the library's problems when it is missing. */
    public static Playbook playbook(String id) {
        return LIBRARY.find(id).orElseThrow(() -> new AssertionError("no built-in playbook '" + id + "'; problems: "
                + LIBRARY.problems()));
    }
}
