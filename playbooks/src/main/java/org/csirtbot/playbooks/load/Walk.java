package org.csirtbot.playbooks.load;

import java.util.ArrayList;
import java.util.List;
import org.csirtbot.playbooks.model.Phase;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Step;

/** The steps of a playbook with the JSON pointer each was written at. */
final class Walk {

    record LocatedStep(Step step, String pointer) {
        String at(String field) {
            return pointer + "/" + field;
        }
    }

    private Walk() {
    }

    static List<LocatedStep> steps(Playbook playbook) {
        List<LocatedStep> steps = new ArrayList<>();
        for (int p = 0; p < playbook.phases().size(); p++) {
            Phase phase = playbook.phases().get(p);
            for (int s = 0; s < phase.steps().size(); s++) {
                steps.add(new LocatedStep(phase.steps().get(s), "/phases/" + p + "/steps/" + s));
            }
        }
        return steps;
    }
}
