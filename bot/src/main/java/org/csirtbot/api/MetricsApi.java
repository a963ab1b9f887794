package org.csirtbot.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.csirtbot.metrics.IncidentMetrics;
import org.csirtbot.metrics.MetricsReport;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/metrics?from=YYYY-MM-DD&to=YYYY-MM-DD}: metrics of the incidents declared in that period (UTC
 * days, both included); without {@code to}, today; without {@code from}, the 90 days that end with {@code to}.
 */
@RestController
@RequestMapping("/api")
class MetricsApi {

    static final int DEFAULT_DAYS = 90;
    /** The dates YYYY-MM-DD can write; beyond them a day's instant does not fit a stored date (it used to answer 500). */
    static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final IncidentMetrics metrics;
    private final Clock clock;

    MetricsApi(IncidentMetrics metrics, Clock clock) {
        this.metrics = metrics;
        this.clock = clock;
    }

    @GetMapping("/metrics")
    ResponseEntity<?> metrics(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        LocalDate end;
        LocalDate start;
        try {
            end = to == null ? LocalDate.now(clock.withZone(ZoneOffset.UTC)) : LocalDate.parse(to);
            start = from == null ? end.minusDays(DEFAULT_DAYS - 1) : LocalDate.parse(from);
        } catch (DateTimeParseException e) {
            return badRequest("from and to are dates as YYYY-MM-DD; '" + e.getParsedString() + "' is not one");
        }
        if (start.isBefore(EARLIEST) || end.isAfter(LATEST)) {
            return badRequest("from and to are dates between " + EARLIEST + " and " + LATEST);
        }
        if (start.isAfter(end)) {
            return badRequest("from (" + start + ") must not be after to (" + end + ")");
        }
        MetricsReport report = metrics.over(start, end);
        return ResponseEntity.ok(report);
    }

    private static ResponseEntity<Map<String, String>> badRequest(String reason) {
        return ResponseEntity.badRequest().body(Map.of("error", reason));
    }
}
