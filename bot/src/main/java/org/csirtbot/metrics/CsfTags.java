package org.csirtbot.metrics;

import java.util.List;
import java.util.Optional;

/**
 * The CSF 2.0 outcomes a playbook step carries ({@code csf:} in the playbook, the step's own, else its phase's), and
 * its name as people read it. A port: the playbook module provides the bean; while there is none, {@link #NONE}
 * applies and no step counts towards an outcome.
 */
@FunctionalInterface
public interface CsfTags {

    /** No playbooks: no step is known. */
    CsfTags NONE = (playbook, version, step) -> Optional.empty();

    /** Step {@code step} of {@code playbook} at {@code version} (null: the version in force); empty when unknown. */
    Optional<TaggedStep> of(String playbook, Integer version, String step);

    /** A step's name in the bot's language and its CSF 2.0 outcomes ({@code RS.MA-02}, …). */
    record TaggedStep(String name, List<String> csf) {
        public TaggedStep {
            csf = List.copyOf(csf);
        }
    }
}
