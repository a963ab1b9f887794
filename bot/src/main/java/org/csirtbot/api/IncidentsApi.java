package org.csirtbot.api;

import java.util.List;

import org.csirtbot.closing.PostIncidentReports;
import org.csirtbot.exercise.AfterActionReports;
import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.LogEntry;
import org.csirtbot.incident.LogVerification;
import org.csirtbot.links.IncidentLinks;
import org.csirtbot.report.Report;
import org.csirtbot.report.ReportIntake;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Incidents, their logs (oldest first, with the hash chain and its check) and reports, as JSON; post-incident reports
 * as Markdown. A restricted incident ({@link Incident#restricted()}) and its reports exist only for a client with
 * {@code read:restricted} (else 404, and left out of the list); a report's texts and reporter are shown only to such a
 * client, since they are an employee's own words.
 */
@RestController
@RequestMapping("/api")
class IncidentsApi {

    private static final MediaType MARKDOWN = new MediaType("text", "markdown", java.nio.charset.StandardCharsets.UTF_8);

    private final Incidents incidents;
    private final IncidentLog log;
    private final ReportIntake reports;
    private final PostIncidentReports postIncidentReports;
    private final AfterActionReports afterActionReports;

    private final IncidentLinks links;
    private final ObjectMapper json;

    IncidentsApi(Incidents incidents, IncidentLog log, ReportIntake reports, PostIncidentReports postIncidentReports,
                 AfterActionReports afterActionReports, IncidentLinks links, ObjectMapper json) {
        this.links = links;
        this.json = json;
        this.afterActionReports = afterActionReports;
        this.incidents = incidents;
        this.log = log;
        this.reports = reports;
        this.postIncidentReports = postIncidentReports;
    }

    @GetMapping("/incidents")
    List<Incident> incidents(@RequestAttribute(ApiClient.ATTRIBUTE) ApiClient client) {
        return incidents.all().stream().filter(client::sees).toList();
    }

    /** The incident, and {@code linked}: the incidents linked to it that the client may see. */
    @GetMapping("/incidents/{id}")
    ObjectNode incidentWithLinks(@PathVariable String id, @RequestAttribute(ApiClient.ATTRIBUTE) ApiClient client) {
        ObjectNode shown = json.valueToTree(incident(id, client));
        shown.putPOJO("linked", links.linked(id).stream()
                .filter(other -> incidents.find(other).filter(client::sees).isPresent()).toList());
        return shown;
    }

    private Incident incident(String id, ApiClient client) {
        return incidents.find(id).filter(client::sees).orElseThrow(() -> new NotFound("incident", id));
    }

    @GetMapping("/incidents/{id}/log")
    List<LogEntry> log(@PathVariable String id, @RequestAttribute(ApiClient.ATTRIBUTE) ApiClient client) {
        incident(id, client);
        return log.entries(id);
    }

    /** Whether the incident's log is intact: {@code {"valid", "entries", "firstInvalidSeq"}}; an empty one is not. */
    @GetMapping("/incidents/{id}/log/verify")
    LogVerification verifyLog(@PathVariable String id, @RequestAttribute(ApiClient.ATTRIBUTE) ApiClient client) {
        return log.verify(incident(id, client));
    }

    /** The post-incident report in Markdown, as it stands now (closed or not), in {@code CSIRTBOT_LOCALE}. */
    @GetMapping("/incidents/{id}/report.md")
    ResponseEntity<String> postIncidentReport(@PathVariable String id,
                                              @RequestAttribute(ApiClient.ATTRIBUTE) ApiClient client) {
        incident(id, client);
        String markdown = postIncidentReports.markdown(id).orElseThrow(() -> new NotFound("incident", id));
        return ResponseEntity.ok().contentType(MARKDOWN).body(markdown);
    }

    /** An exercise's after-action report in Markdown, as it stands now; 404 for a real incident. */
    @GetMapping("/incidents/{id}/after-action.md")
    ResponseEntity<String> afterActionReport(@PathVariable String id,
                                             @RequestAttribute(ApiClient.ATTRIBUTE) ApiClient client) {
        if (incidents.find(id).filter(i -> !client.sees(i)).isPresent()) {
            throw new NotFound("exercise", id);
        }
        String markdown = afterActionReports.markdown(id).orElseThrow(() -> new NotFound("exercise", id));
        return ResponseEntity.ok().contentType(MARKDOWN).body(markdown);
    }

    @GetMapping("/reports/{id}")
    Report report(@PathVariable String id, @RequestAttribute(ApiClient.ATTRIBUTE) ApiClient client) {
        Report report = reports.find(id).orElseThrow(() -> new NotFound("report", id));
        if (client.may(Scope.READ_RESTRICTED)) {
            return report;
        }
        if (report.incidentId() != null && incidents.find(report.incidentId()).filter(client::sees).isEmpty()) {
            throw new NotFound("report", id);
        }
        return withoutWords(report);
    }

    /**
     * The report without what its reporter wrote (nor the headers, the Slack message reported, the mail attached as a
     * file and the observables taken from them), nor who they are: what a client without read:restricted sees.
     */
    private static Report withoutWords(Report r) {
        return new Report(r.id(), null, r.category(), null, null, null, List.of(), r.status(), r.reportedAt(),
                r.triageChannel(), r.triageTs(), r.incidentId(), r.closedBy(), null, r.closedAt(), null, List.of(),
                r.campaignId(), r.department(), null);
    }
}
