package org.csirtbot.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.TRIAGE;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.csirtbot.incident.IncidentDeclaration;
import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.slack.GatheredChanges;
import org.csirtbot.report.Report;
import org.csirtbot.report.ReportCategory;
import org.csirtbot.report.ReportGrouping;
import org.csirtbot.report.ReportIntake;
import org.csirtbot.report.SubmitReport;
import org.csirtbot.storage.Counters;
import org.csirtbot.storage.campaigns.CampaignStore;
import org.csirtbot.testkit.BackgroundWork;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.SignedSlackRequests;
import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.SlackPayloads;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A phishing wave in the triage channel: the second report like an open one founds a campaign whose message is the
 * first report's message, updated in place with the count; later reporters are told at once that it is known and hear
 * nothing more; declaring from the campaign attaches every report, and a report after that joins the incident. The
 * organisation's drill is thanked and never reaches triage.
 */
class CampaignIntegrationTests extends SlackJourneyTest {

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    @Autowired
    ApplicationContext app;

    @Test
    void aWaveIsOneCampaignMessageCountedInPlaceAndLaterReportersAreToldAtOnce() {
        String domain = "secure-login-" + System.nanoTime() + ".com";
        String first = journeys.report(person(), phish(domain, "/a"));
        List<String> later = List.of(person(), person(), person());
        List<String> acks = later.stream().map(user -> submit(user, phish(domain, "/" + user)).body()).toList();

        for (int i = 0; i < later.size(); i++) {
            toldKnown(later.get(i), acks.get(i));
        }
        String ts = TestBot.api(port, "/api/reports/" + first).body().path("triageTs").asText();
        await().until(() -> lastUpdateOf(ts), text -> text.contains(": 4 reports"));
        shown();
        assertThat(journeys.postsTo(TRIAGE)).as("one message for the whole wave").hasSize(1);
        assertThat(later).allSatisfy(user -> assertThat(journeys.postsTo(user).stream()
                .filter(p -> !String.valueOf(p.get("text")).contains("already known"))).as("nothing more for " + user)
                .isEmpty());
        JsonNode firstReport = TestBot.api(port, "/api/reports/" + first).body();
        assertThat(firstReport.path("campaignId").asText()).matches("CMP-\\d{4}-\\d{4}");
    }

    @Test
    void aReportLikeNothingElseIsPostedOnItsOwn() {
        journeys.report(person(), phish("secure-login-" + System.nanoTime() + ".com", "/one"));
        journeys.report(person(), phish("other-bank-" + System.nanoTime() + ".com", "/two"));

        shown();
        assertThat(journeys.postsTo(TRIAGE)).hasSize(2);
        assertThat(slack.calls("chat.update")).isEmpty();
    }

    @Test
    void declaringFromTheCampaignAttachesEveryReportAndALaterOneJoinsTheIncident() {
        String domain = "payroll-update-" + System.nanoTime() + ".com";
        String first = journeys.report(person(), phish(domain, "/x"));
        String secondReporter = person();
        String second = toldId(secondReporter, submit(secondReporter, phish(domain, "/y")).body());

        String incident = journeys.declareFromTriage(first, RESPONDER,
                Forms.declaration("Payroll phishing wave", "S3", "phishing_mail", "AMBER", false, false));

        await().until(() -> TestBot.api(port, "/api/reports/" + second).body().path("status").asText(),
                "ATTACHED"::equals);
        assertThat(TestBot.api(port, "/api/reports/" + second).body().path("incidentId").asText()).isEqualTo(incident);
        await().until(() -> journeys.logKinds(incident).contains("campaign_attached"));
        // the campaign's observables became the incident's indicators, the second report's own URL too
        await().until(() -> TestBot.api(port, "/api/incidents/" + incident + "/iocs.stix.json?tlp-max=amber").body()
                .toString(), bundle -> bundle.contains("https://" + domain + "/y"));
        String lateReporter = person();
        var late = submit(lateReporter, phish(domain, "/z"));
        toldKnown(lateReporter, late.body());
        String third = toldId(lateReporter, late.body());
        JsonNode joined = TestBot.api(port, "/api/reports/" + third).body();
        assertThat(joined.path("status").asText()).isEqualTo("ATTACHED");
        assertThat(joined.path("incidentId").asText()).isEqualTo(incident);
        String campaign = joined.path("campaignId").asText();
        JsonNode metrics = TestBot.api(port, "/api/metrics").body().path("campaigns");
        assertThat(metrics.path("reportsPerCampaign").path(campaign).asInt()).as("reports per campaign").isEqualTo(3);
        assertThat(metrics.path("timeToTriage").path("n").asInt()).isPositive();
    }

    @Test
    void reportsWhosePastedHeadersShareASubjectAreOneCampaign() {
        String subject = "【重要】アカウント確認のお願い " + System.nanoTime();
        String first = journeys.report(person(), withHeaders(Forms.report("phishing_mail", "Odd mail", "today", "mail",
                null), "From: Support <a" + System.nanoTime() + "@mailer-one.co.jp>\nSubject: " + subject
                + "\nMessage-ID: <1@mailer-one.co.jp>"));
        String secondReporter = person();
        var second = submit(secondReporter, withHeaders(Forms.report("phishing_mail", "Same mail?", "today", "mail", null),
                "From: Support <b" + System.nanoTime() + "@mailer-two.co.jp>\nSubject: Re: " + subject
                        + "\nMessage-ID: <2@mailer-two.co.jp>"));

        toldKnown(secondReporter, second.body());
        assertThat(campaignOf(first)).isNotEmpty().isEqualTo(campaignOf(toldId(secondReporter, second.body())));
        JsonNode found = TestBot.api(port, "/api/reports/" + first).body().path("found");
        assertThat(found.findValuesAsText("source")).contains("headers");
    }

    @Test
    void theOrganisationsDrillIsThankedAndNeverReachesTriage() {
        String reporter = person();
        slack.givenProfileField(reporter, TestBot.DEPARTMENT_FIELD, "Accounting " + reporter);
        var ack = submit(reporter, Forms.report("phishing_mail", "A mail about a parcel I never ordered", "today",
                "mail", "drill@phish-training.jp\nhttps://parcel-" + System.nanoTime() + ".com/track"));

        assertThat(told(reporter, ack.body())).contains("phishing drills");
        String id = toldId(reporter, ack.body());
        JsonNode report = TestBot.api(port, "/api/reports/" + id).body();
        assertThat(report.path("status").asText()).isEqualTo("DISMISSED");
        shown();
        assertThat(journeys.postsTo(TRIAGE)).isEmpty();
        // the department, learnt from the profile in the background after the first report, counts the next one by it
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(2))
                .until(() -> toldId(reporter, submit(reporter, Forms.report("phishing_mail", "Again", "now",
                "mail", "drill@phish-training.jp")).body()), again -> TestBot.api(port, "/api/reports/" + again).body()
                .path("department").asText().equals("Accounting " + reporter));
        JsonNode reports = TestBot.api(port, "/api/metrics").body().path("reports");
        assertThat(reports.path("drillReportsByDepartment").path("Accounting " + reporter).asInt()).isPositive();
        assertThat(reports.path("drillReports").asInt()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aResponderSplitsAReportOutAndMergesTwoCampaigns() {
        String a = "wave-a-" + System.nanoTime() + ".com";
        String b = "wave-b-" + System.nanoTime() + ".com";
        String a1 = journeys.report(person(), phish(a, "/1"));
        String a2Reporter = person();
        String a2 = toldId(a2Reporter, submit(a2Reporter, phish(a, "/2")).body());
        String b1 = journeys.report(person(), phish(b, "/1"));
        submit(person(), phish(b, "/2"));
        String campaignA = await().until(() -> campaignOf(a1), c -> !c.isEmpty());
        String campaignB = await().until(() -> campaignOf(b1), c -> !c.isEmpty());

        var split = requests.slashCommand("/incident", "campaign split " + a2, RESPONDER, TRIAGE);
        assertThat(split.body()).contains(a2 + " is out of its campaign");
        await().until(() -> journeys.postsTo(TRIAGE).stream().anyMatch(p -> String.valueOf(p.get("text")).contains(a2)));
        var merge = requests.slashCommand("/incident", "campaign merge " + campaignB + " " + campaignA, RESPONDER, TRIAGE);
        assertThat(merge.body()).contains("merged into " + campaignA);

        assertThat(campaignOf(b1)).isEqualTo(campaignA);
        assertThat(campaignOf(a2)).isEmpty();
        var again = requests.slashCommand("/incident", "campaign merge " + campaignB + " " + campaignA, RESPONDER, TRIAGE);
        assertThat(again.body()).contains("Nothing was changed");
        var stranger = requests.slashCommand("/incident", "campaign split " + a1, TestBot.EMPLOYEE, TRIAGE);
        assertThat(stranger.body()).doesNotContain("is out of its campaign");
        assertThat(campaignOf(a1)).isEqualTo(campaignA);
        assertThat(requests.slashCommand("/incident", "campaign", RESPONDER, TRIAGE).body())
                .contains("/incident campaign split RPT-2026-000123");
    }

    /**
     * The reporter was told at once that it is known; or, when the store was slow to answer within Slack's three
     * seconds (the form then says the reference follows), by direct message.
     */
    @Test
    void reportsStoredWhileTheBotStartsAreCountedOnceWhenOneFoundsACampaignBeforeTheOthersTurn() {
        // after a restart in a wave: two reports stored, neither grouped yet, when grouping first runs (a Campaigns of
        // its own, as at start, reading the index from the store)
        ReportIntake intake = app.getBean(ReportIntake.class);
        Campaigns atStart = new Campaigns(app.getBean(CampaignStore.class), intake,
                app.getBean(IncidentDeclaration.class), app.getBean(Incidents.class), app.getBean(Counters.class),
                app.getBean(java.time.Clock.class), app, app.getBean(CampaignProperties.class));
        String domain = "restart-wave-" + System.nanoTime() + ".com";
        Report waiting = intake.submit(stored(person(), domain, "/a"));
        Report first = intake.submit(stored(person(), domain, "/b"));

        ReportGrouping.Grouped founded = atStart.group(first);
        ReportGrouping.Grouped later = atStart.group(waiting);

        assertThat(founded.kind()).isEqualTo(ReportGrouping.Kind.CAMPAIGN);
        assertThat(later).as("already in it: told it is known").isEqualTo(founded);
        assertThat(atStart.find(founded.into()).orElseThrow().reportCount()).as("two reports, each counted once")
                .isEqualTo(2);
        shown();
    }

    private static SubmitReport stored(String reporter, String domain, String path) {
        return new SubmitReport("view:VSTART" + System.nanoTime(), reporter, ReportCategory.PHISHING_MAIL,
                "A mail asked me to confirm my password", "today", "Outlook", List.of("https://" + domain + path));
    }

    private void toldKnown(String reporter, String ack) {
        assertThat(told(reporter, ack)).contains("already known to the CSIRT and being handled");
    }

    /** The report's ID as its reporter was told it, in the form or (store slow) by direct message. */
    private String toldId(String reporter, String ack) {
        return Forms.first(Forms.REPORT_ID, told(reporter, ack));
    }

    private String told(String reporter, String ack) {
        if (!ack.contains("report_recording")) {
            return ack;
        }
        return await().until(() -> journeys.postsTo(reporter).stream().map(p -> String.valueOf(p.get("text")))
                .filter(t -> t.contains("RPT-")).findFirst().orElse(""), t -> !t.isEmpty());
    }

    /** Background work done and every campaign's message drawn as it is now. */
    private void shown() {
        BackgroundWork.drain(app);
        app.getBeansOfType(GatheredChanges.class).values().forEach(GatheredChanges::showGathered);
        BackgroundWork.drain(app);
    }

    private String campaignOf(String reportId) {
        return TestBot.api(port, "/api/reports/" + reportId).body().path("campaignId").asText("");
    }

    private String lastUpdateOf(String ts) {
        List<Map<String, String>> updates = slack.calls("chat.update").stream().filter(c -> ts.equals(c.get("ts")))
                .toList();
        return updates.isEmpty() ? "" : String.valueOf(updates.get(updates.size() - 1).get("text"));
    }

    private SignedSlackRequests.Response submit(String user, Map<String, Map<String, Object>> form) {
        return requests.interaction(SlackPayloads.viewSubmission(user, "report_submit", "VWAVE" + System.nanoTime(),
                "", form));
    }

    private static Map<String, Map<String, Object>> phish(String domain, String path) {
        return Forms.report("phishing_mail", "A mail asked me to confirm my password", "today 9:30", "Outlook",
                "https://" + domain + path + "\nnoreply@" + domain);
    }

    private static Map<String, Map<String, Object>> withHeaders(Map<String, Map<String, Object>> form, String headers) {
        form.put("headers", Map.of("value", SlackPayloads.plainText(headers)));
        return form;
    }

    private static String person() {
        // not UWAVE…: ReliabilityIntegrationTests' reporters have no department, and the bot keeps that for a while
        return "UCAMP%04d".formatted(PEOPLE.incrementAndGet());
    }
}
