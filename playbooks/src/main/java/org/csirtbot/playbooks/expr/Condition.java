package org.csirtbot.playbooks.expr;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A parsed condition such as {@code __gdpr__ = 'yes' AND NOT __encrypted__ IN ['full', 'partial']}
 * (CACAO/SOARCA style; {@code __var__:value} is accepted for {@code __var__}). An unset variable equals
 * nothing, so {@code =} and {@code IN} are false and {@code !=} is true for it.
 */
public sealed interface Condition {

    /** Whether the condition holds for these values (multiple values of a field are separated by newlines). */
    boolean test(Map<String, String> values);

    /** The variables the condition reads. */
    default Set<String> variables() {
        Set<String> names = new TreeSet<>();
        collect(names);
        return names;
    }

    void collect(Set<String> names);

    static Condition parse(String text) {
        return new ConditionParser(text).parse();
    }

    record Not(Condition inner) implements Condition {
        public boolean test(Map<String, String> values) {
            return !inner.test(values);
        }

        public void collect(Set<String> names) {
            inner.collect(names);
        }
    }

    record And(Condition left, Condition right) implements Condition {
        public boolean test(Map<String, String> values) {
            return left.test(values) && right.test(values);
        }

        public void collect(Set<String> names) {
            left.collect(names);
            right.collect(names);
        }
    }

    record Or(Condition left, Condition right) implements Condition {
        public boolean test(Map<String, String> values) {
            return left.test(values) || right.test(values);
        }

        public void collect(Set<String> names) {
            left.collect(names);
            right.collect(names);
        }
    }

    /** {@code var = a}, {@code var != a}, {@code var IN [a, b]}, or {@code var} alone (set and not false). */
    record Compare(String variable, String operator, List<String> literals) implements Condition {
        public boolean test(Map<String, String> values) {
            String value = values.get(variable);
            List<String> actual = value == null ? List.of() : List.of(value.split("\n"));
            return switch (operator) {
                case "=", "IN" -> actual.stream().anyMatch(literals::contains);
                case "!=" -> actual.stream().noneMatch(literals::contains);
                default -> !actual.isEmpty() && !actual.equals(List.of("false")) && !actual.equals(List.of(""));
            };
        }

        public void collect(Set<String> names) {
            names.add(variable);
        }
    }
}
