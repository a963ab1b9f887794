package org.csirtbot.playbook;

import java.util.Locale;
import java.util.Optional;

import org.csirtbot.metrics.CsfTags;
import org.csirtbot.playbooks.model.Playbook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The CSF 2.0 outcomes of a playbook's step, from the version that ran when this process knows it, else the version
 * in force: the step's own {@code csf:} tags, else its phase's. Named in the bot's language.
 */
@Component
class StepCsfTags implements CsfTags {

    private final PlaybookCatalog catalog;
    private final String language;

    StepCsfTags(PlaybookCatalog catalog, @Value("${csirtbot.locale:en}") Locale locale) {
        this.catalog = catalog;
        this.language = locale.getLanguage();
    }

    @Override
    public Optional<TaggedStep> of(String playbook, Integer version, String step) {
        Optional<Playbook> ran = version == null ? catalog.find(playbook) : catalog.find(playbook, version);
        return ran.flatMap(p -> p.phases().stream().flatMap(phase -> phase.steps().stream()
                .filter(s -> s.id().equals(step))
                .map(s -> new TaggedStep(s.name().in(language) + " (" + p.name().in(language) + ")",
                        s.csf().isEmpty() ? phase.csf() : s.csf()))).findFirst());
    }
}
