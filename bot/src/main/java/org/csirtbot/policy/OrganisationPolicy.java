package org.csirtbot.policy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.csirtbot.incident.Incident;
import org.csirtbot.report.Report;
import org.csirtbot.report.ReportIntake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The organisation policy the CSIRT fills in once ({@link PolicyProperties#file()}): who holds each decision
 * (GV.RR-02), and the log sources with their retention, read against an incident's earliest known time.
 */
@Service
public class OrganisationPolicy {

    private static final Logger log = LoggerFactory.getLogger(OrganisationPolicy.class);

    private final PolicyFiles.Loaded loaded;
    private final Duration lookBack;
    private final ReportIntake reports;
    private final Clock clock;

    @Autowired
    OrganisationPolicy(PolicyProperties properties, ReportIntake reports, Clock clock) {
        this(new PolicyFiles().load(properties.file()), properties.lookBack(), reports, clock);
        log.info("Organisation policy: {} decision authorities ({} with nobody named), {} log sources{}",
                loaded.authorities().size(), loaded.authorities().stream().filter(Authority::unfilled).count(),
                loaded.logSources().size(), properties.file() == null ? " (CSIRTBOT_POLICY_FILE is unset)" : "");
    }

    OrganisationPolicy(PolicyFiles.Loaded loaded, Duration lookBack, ReportIntake reports, Clock clock) {
        this.loaded = loaded;
        this.lookBack = lookBack;
        this.reports = reports;
        this.clock = clock;
    }

    public List<Authority> authorities() {
        return loaded.authorities();
    }

    /** The authority of a playbook role or an organisation-level decision. */
    public Optional<Authority> authority(String id) {
        return loaded.authorities().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** Whether the policy names the person (by user ID) as a holder or deputy of the decision {@code id}. */
    public boolean holds(String userId, String id) {
        return authority(id).map(a -> a.heldBy(userId)).orElse(false);
    }

    public List<LogSource> logSources() {
        return loaded.logSources();
    }

    public Duration lookBack() {
        return lookBack;
    }

    /**
     * The earliest time the incident is known by: when it began (if known), its first report, its declaration; the
     * moment of awareness a run is given ({@code __t_aware__}) is its first report's, else its declaration.
     */
    public Optional<Instant> earliestKnown(Incident incident) {
        Stream<Instant> reported = incident.reportIds().stream().map(id -> reports.find(id)).flatMap(Optional::stream)
                .map(Report::reportedAt);
        return Stream.concat(Stream.of(incident.beganAt(), incident.declaredAt()), reported).filter(Objects::nonNull)
                .min(Instant::compareTo);
    }

    /** Each log source against the time the incident needs: its earliest known time minus the look-back. */
    public List<LogReach> reach(Incident incident) {
        Instant now = clock.instant();
        Instant needed = earliestKnown(incident).orElse(now).minus(lookBack);
        return loaded.logSources().stream()
                .map(s -> new LogReach(s, now.minus(Duration.ofDays(s.retentionDays())), needed)).toList();
    }
}
