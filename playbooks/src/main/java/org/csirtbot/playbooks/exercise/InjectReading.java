package org.csirtbot.playbooks.exercise;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.csirtbot.playbooks.model.LText;

/** Reads one inject of a scenario file. */
final class InjectReading {

    private InjectReading() {
    }

    static Inject inject(JsonNode node, String where, Fields f) {
        if (!node.isObject()) {
            f.problem(where, "is not an inject: write a mapping with id, at, kind, from, text and expects");
            return null;
        }
        int before = f.problems().size();
        String id = f.text(node, "id", where + ".id");
        Duration at = f.duration(node, "at", where + ".at");
        Inject.Kind kind = code(Inject.Kind.class, f.oneOf(node, "kind", where + ".kind", codes(Inject.Kind.values())));
        LText from = f.ltext(node.path("from"), where + ".from", 150);
        LText text = f.ltext(node.path("text"), where + ".text", ScenarioReader.TEXT_MAX);
        Inject.Expects expects = node.has("expects") ? code(Inject.Expects.class,
                f.oneOf(node, "expects", where + ".expects", codes(Inject.Expects.values()))) : Inject.Expects.NONE;
        Duration within = node.has("respond_within") ? f.duration(node, "respond_within", where + ".respond_within")
                : null;
        if (expects != null && expects != Inject.Expects.NONE && within == null && !node.has("respond_within")) {
            f.problem(where + ".respond_within", "is missing: say how long the room has to answer, such as PT30M");
        }
        return f.problems().size() > before ? null : new Inject(id, at, kind, from, text, expects, within);
    }

    private static Set<String> codes(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    private static <E extends Enum<E>> E code(Class<E> type, String code) {
        return code == null ? null : Enum.valueOf(type, code.toUpperCase(Locale.ROOT));
    }
}
