package org.csirtbot.playbooks.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.testing.Fixtures;
import org.csirtbot.playbooks.time.BusinessCalendar;
import org.junit.jupiter.api.Test;

class RunStateJsonTests {

    final Playbook playbook = Fixtures.playbook("phishing-report");
    final Engine engine = new Engine(BusinessCalendar.japan(List.of()));

    @Test
    void aRunInTheMiddleSurvivesJsonAndResumesAlike() {
        RunState state = engine.start(playbook, null, PhishingRun.T0).state();
        state = engine.apply(playbook, state, new Action.TimePasses(), PhishingRun.minutes(200)).state();
        state = engine.apply(playbook, state, new Action.Complete(PhishingRun.POC, "p0.acknowledge", PhishingRun.received()),
                PhishingRun.minutes(205)).state();

        String json = RunStateJson.write(state);
        RunState read = RunStateJson.read(json, RunState.class);

        assertThat(read).isEqualTo(state);
        assertThat(json).contains("\"startedAt\":\"2025-06-02T01:00:00Z\"", "\"warningsSent\":[\"PT1H\"]");
        Action next = new Action.Choose(PhishingRun.HANDLER, "p1.verdict", "malicious", "bad", Map.of("__verdict_confidence__", "high"));
        assertThat(engine.apply(playbook, read, next, PhishingRun.minutes(210)))
                .isEqualTo(engine.apply(playbook, state, next, PhishingRun.minutes(210)));
    }

    @Test
    void actionsAndEventsSurviveJsonToo() {
        Action action = new Action.Choose(PhishingRun.HANDLER, "p1.verdict", "benign", "ok", Map.of("__verdict_confidence__", "low"));
        Event event = new Event.StepOverdue(PhishingRun.T0, "p1.verdict", PhishingRun.T0.plus(Duration.ofHours(4)), "im");

        assertThat(RunStateJson.read(RunStateJson.write(action), Action.class)).isEqualTo(action);
        assertThat(RunStateJson.read(RunStateJson.write(event), Event.class)).isEqualTo(event);
        assertThat(RunStateJson.write(new Action.TimePasses())).isEqualTo("{\"action\":\"TimePasses\"}");
    }
}
