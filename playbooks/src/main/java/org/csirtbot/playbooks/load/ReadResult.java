package org.csirtbot.playbooks.load;

import java.util.List;
import org.csirtbot.playbooks.model.Playbook;

/** A read playbook and where its id was written, or the problems that refused it (in file order). */
public record ReadResult(Playbook playbook, List<Problem> problems, int idLine, int idColumn) {

    static ReadResult accepted(Playbook playbook, Problem idAt) {
        return new ReadResult(playbook, List.of(), idAt.line(), idAt.column());
    }

    static ReadResult refused(List<Problem> problems) {
        return new ReadResult(null, List.copyOf(problems), 1, 1);
    }

    public boolean accepted() {
        return playbook != null;
    }
}
