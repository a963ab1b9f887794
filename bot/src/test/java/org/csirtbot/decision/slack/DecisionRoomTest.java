package org.csirtbot.decision.slack;

import static org.csirtbot.testkit.TestBot.RESPONDER;

import java.util.Map;

import org.csirtbot.testkit.DecisionJourneys;
import org.csirtbot.testkit.SlackJourneyTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** A test of decisions taken in an incident's room: the responder declares the incident before each test. */
abstract class DecisionRoomTest extends SlackJourneyTest {

    @Autowired
    MongoTemplate mongo;
    DecisionJourneys decide;
    String incidentId;
    String room;

    /** The declare form of the incident each test decides in. */
    abstract Map<String, Map<String, Object>> incident();

    @BeforeEach
    void declare() {
        decide = new DecisionJourneys(slack, requests, mongo);
        incidentId = journeys.declareByCommand(RESPONDER, incident());
        room = journeys.roomOf(incidentId);
    }
}
