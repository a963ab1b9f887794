package org.csirtbot.playbook;

import java.util.List;
import java.util.Locale;

import org.csirtbot.closing.OpenMandatorySteps;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The mandatory steps of an incident's runs waiting now, so that {@code /incident close} waits for them: each named
 * in the bot's language, with its playbook ("Block the sender (Phishing e-mail)").
 */
@Component
class MandatorySteps implements OpenMandatorySteps {

    private final PlaybookRuns runs;
    private final String language;

    MandatorySteps(PlaybookRuns runs, @Value("${csirtbot.locale:en}") Locale locale) {
        this.runs = runs;
        this.language = locale.getLanguage();
    }

    @Override
    public List<String> of(String incidentId) {
        return runs.ofIncident(incidentId).stream().filter(run -> !run.finished())
                .flatMap(run -> run.openMandatorySteps().stream().map(step -> step.name().in(language) + " ("
                        + run.playbook().name().in(language) + ")"))
                .toList();
    }
}
