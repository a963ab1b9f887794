package org.csirtbot.playbooks.load;

import java.util.List;
import org.csirtbot.playbooks.model.Playbook;

/** A read playbook, or the problems that refused it (in file order). */
public record ReadResult(Playbook playbook, List<Problem> problems) {

    static ReadResult accepted(Playbook playbook) {
        return new ReadResult(playbook, List.of());
    }

    static ReadResult refused(List<Problem> problems) {
        return new ReadResult(null, List.copyOf(problems));
    }

    public boolean accepted() {
        return playbook != null;
    }
}
