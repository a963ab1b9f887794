package org.csirtbot.playbooks.cacao;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Severity;
import org.csirtbot.playbooks.model.Step;
import org.csirtbot.playbooks.model.StepType;

/**
 * Writes a playbook as a CACAO 2.0 playbook (JSON). The same playbook always gives the same JSON: ids are UUIDv5
 * and nothing depends on the clock. {@link CacaoImport} reads it back to an equal playbook. Mapping: CACAO.md.
 */
public final class CacaoExport {

    /** CACAO wants created and modified; a playbook that has neither gets this fixed time, keeping exports stable. */
    static final String NO_TIME = "1970-01-01T00:00:00.000Z";

    private static final DateTimeFormatter CACAO_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'");
    /** CACAO severity runs from 1 (lowest) to 100 (highest). */
    static final Map<Severity, Integer> SEVERITY = Map.of(Severity.S1, 90, Severity.S2, 70, Severity.S3, 50, Severity.S4, 30);

    /** The CACAO playbook as a JSON tree. */
    public ObjectNode export(Playbook playbook) {
        ObjectNode document = PlaybookTree.of(playbook);
        ObjectNode cacao = Trees.object().put("type", "playbook").put("spec_version", "cacao-2.0")
                .put("id", playbook.cacaoId() != null ? playbook.cacaoId() : CacaoIds.of("playbook", playbook.id()))
                .put("name", Trees.takeEnglish(document, "name"));
        String description = Trees.takeEnglish(document, "description");
        if (description != null) {
            cacao.put("description", description);
        }
        Trees.move(document, "playbook_types", cacao, "playbook_types");
        Trees.move(document, "activities", cacao, "playbook_activities");
        cacao.set("playbook_processing_summary", summary(playbook));
        cacao.put("created_by", CsirtbotExtension.identity(
                playbook.createdBy() != null ? playbook.createdBy() : CsirtbotExtension.PRODUCER));
        times(playbook, cacao);
        Trees.move(document, "priority_default", cacao, "priority");
        cacao.put("severity", SEVERITY.get(playbook.severityDefault()));
        Trees.move(document, "impact_of_execution", cacao, "impact");
        Agents agents = new Agents(playbook);
        WorkflowWriter workflow = new WorkflowWriter(playbook, document, agents);
        ObjectNode steps = workflow.write();
        references(document, workflow.stepReferences, cacao);
        Markings.write(playbook, document, cacao);
        ObjectNode variables = Variables.of(playbook);
        if (!variables.isEmpty()) {
            cacao.set("playbook_variables", variables);
        }
        cacao.put("workflow_start", workflow.start());
        cacao.set("workflow", steps);
        cacao.putObject("playbook_extensions").set(CsirtbotExtension.ID, document);
        agents.writeTo(cacao);
        cacao.putObject("extension_definitions").set(CsirtbotExtension.ID, CsirtbotExtension.definition());
        return cacao;
    }

    /** The CACAO playbook as indented JSON text. */
    public String write(Playbook playbook) {
        try {
            return PlaybookTree.MAPPER.writeValueAsString(export(playbook));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void times(Playbook playbook, ObjectNode cacao) {
        String created = playbook.created() != null ? playbook.created() : playbook.modified();
        String modified = playbook.modified() != null ? playbook.modified() : created;
        cacao.put("created", created == null ? NO_TIME : cacaoTime(created));
        cacao.put("modified", modified == null ? NO_TIME : cacaoTime(modified));
        if ("revoked".equals(playbook.status())) {
            cacao.put("revoked", true);
        }
        if (playbook.validFrom() != null) {
            cacao.put("valid_from", cacaoTime(playbook.validFrom()));
        }
        if (playbook.validUntil() != null) {
            cacao.put("valid_until", cacaoTime(playbook.validUntil()));
        }
    }

    /** RFC 3339 with any offset → UTC with exactly three fraction digits, as CACAO requires. */
    static String cacaoTime(String rfc3339) {
        Instant instant = OffsetDateTime.parse(rfc3339).toInstant().truncatedTo(ChronoUnit.MILLIS);
        return CACAO_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    /**
     * The playbook's own references, then those of its steps (CACAO wants every reference used listed at the top);
     * the extension says how many are the playbook's own when steps added some.
     */
    private static void references(ObjectNode document, ArrayNode stepReferences, ObjectNode cacao) {
        JsonNode own = document.remove("references");
        ArrayNode all = Trees.array();
        if (own != null) {
            all.addAll((ArrayNode) own);
        }
        int ownCount = all.size();
        stepReferences.forEach(reference -> {
            if (!contains(all, reference)) {
                all.add(reference);
            }
        });
        if (all.size() > ownCount) {
            document.put("own_references", ownCount);
        }
        if (!all.isEmpty()) {
            cacao.set("external_references", all);
        }
    }

    private static boolean contains(ArrayNode array, JsonNode node) {
        for (JsonNode item : array) {
            if (item.equals(node)) {
                return true;
            }
        }
        return false;
    }

    private static ObjectNode summary(Playbook playbook) {
        ObjectNode summary = Trees.object().put("manual_playbook", true);
        summary.put("external_playbooks", playbook.steps().anyMatch(s -> s.type() == StepType.SUBPLAYBOOK
                || !s.spawns().isEmpty() || s.decision() != null && s.decision().options().stream().anyMatch(o -> !o.spawns().isEmpty())));
        summary.put("parallel_processing", has(playbook, StepType.PARALLEL));
        summary.put("if_logic", has(playbook, StepType.APPROVAL) || playbook.steps().anyMatch(s -> s.when() != null));
        summary.put("switch_logic", has(playbook, StepType.DECISION));
        summary.put("temporal_logic", has(playbook, StepType.WAIT));
        return summary.put("data_markings", true).put("extensions", true);
    }

    private static boolean has(Playbook playbook, StepType type) {
        return playbook.steps().map(Step::type).anyMatch(type::equals);
    }
}
