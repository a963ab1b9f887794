package org.csirtbot.playbooks.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A question with options. Each option may lead elsewhere ({@code next}), set variables, re-rate severity,
 * set the disposition and start other playbooks. {@code rationaleRequired} defaults to true.
 */
public record Decision(LText question, List<Option> options, String defaultOption, boolean autoDefault,
        Boolean rationaleRequired, String recordAs) {

    public Decision {
        options = Lists.orEmpty(options);
        rationaleRequired = rationaleRequired == null || rationaleRequired;
    }

    public Optional<Option> option(String id) {
        return options.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /** One answer to the question and its effects. */
    public record Option(String id, LText label, String next, Map<String, String> set, Severity severity,
            String disposition, List<String> spawns, String requiresRole) {
        public Option {
            set = Lists.orEmpty(set);
            spawns = Lists.orEmpty(spawns);
        }
    }
}
