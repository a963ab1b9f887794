package org.csirtbot.playbooks.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recursive descent over: or := and (OR and)*; and := not (AND not)*; not := NOT not | ( or ) | compare. Quoted
 * literals are read without a regular expression, whose alternation recurses once a character and overflows the stack
 * on a long one; NOT and parentheses nest at most {@value #MAX_DEPTH} deep, for the same reason.
 */
final class ConditionParser {

    static final int MAX_DEPTH = 50;
    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(?:(__[a-z][a-z0-9_]*__)(?::value)?|(!=|=|\\(|\\)|\\[|\\]|,)|([A-Za-z0-9_.:+-]+))");

    private final String text;
    private final List<String> tokens = new ArrayList<>();
    private final List<Integer> offsets = new ArrayList<>();
    private int position;
    private int depth;

    ConditionParser(String text) {
        this.text = text;
        tokenize();
    }

    Condition parse() {
        Condition condition = or();
        if (position < tokens.size()) {
            throw error("unexpected '" + tokens.get(position) + "'");
        }
        return condition;
    }

    private void tokenize() {
        Matcher m = TOKEN.matcher(text);
        int at = skipBlanks(0);
        while (at < text.length()) {
            if (text.charAt(at) == '\'') {
                at = quoted(at);
            } else if (m.find(at) && m.start() == at) {
                int group = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
                tokens.add(m.group(group));
                offsets.add(m.start(group));
                at = m.end();
            } else {
                throw new ConditionException("cannot read '" + text.substring(at).strip() + "'", at);
            }
            at = skipBlanks(at);
        }
    }

    /** Reads the literal quoted at {@code start} ('' stands for a quote) and answers where it ends. */
    private int quoted(int start) {
        int at = start + 1;
        while (true) {
            int quote = text.indexOf('\'', at);
            if (quote < 0) {
                throw new ConditionException("the quote opened here is never closed", start);
            }
            if (quote + 1 < text.length() && text.charAt(quote + 1) == '\'') {
                at = quote + 2;
                continue;
            }
            tokens.add(text.substring(start, quote + 1));
            offsets.add(start);
            return quote + 1;
        }
    }

    private int skipBlanks(int at) {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private Condition or() {
        Condition left = and();
        while (accept("OR")) {
            left = new Condition.Or(left, and());
        }
        return left;
    }

    private Condition and() {
        Condition left = not();
        while (accept("AND")) {
            left = new Condition.And(left, not());
        }
        return left;
    }

    private Condition not() {
        if (accept("NOT")) {
            return nested(() -> new Condition.Not(not()));
        }
        if (accept("(")) {
            return nested(() -> {
                Condition inner = or();
                expect(")");
                return inner;
            });
        }
        return compare();
    }

    private Condition nested(Supplier<Condition> inner) {
        if (++depth > MAX_DEPTH) {
            throw error("NOT and parentheses nest more than " + MAX_DEPTH + " deep", position - 1);
        }
        try {
            return inner.get();
        } finally {
            depth--;
        }
    }

    private Condition compare() {
        String variable = next("a variable like __name__");
        if (!variable.startsWith("__")) {
            throw error("expected a variable like __name__ but found '" + variable + "'", position - 1);
        }
        if (accept("=")) {
            return new Condition.Compare(variable, "=", List.of(literal()));
        }
        if (accept("!=")) {
            return new Condition.Compare(variable, "!=", List.of(literal()));
        }
        if (accept("IN")) {
            expect("[");
            List<String> literals = new ArrayList<>(List.of(literal()));
            while (accept(",")) {
                literals.add(literal());
            }
            expect("]");
            return new Condition.Compare(variable, "IN", literals);
        }
        return new Condition.Compare(variable, "SET", List.of());
    }

    private String literal() {
        String token = next("a value");
        if (token.startsWith("'")) {
            return token.substring(1, token.length() - 1).replace("''", "'");
        }
        if (token.startsWith("__") || List.of("AND", "OR", "NOT", "IN", "(", ")", "[", "]", ",", "=", "!=").contains(token)) {
            throw error("expected a value but found '" + token + "'", position - 1);
        }
        return token;
    }

    private boolean accept(String token) {
        if (position < tokens.size() && tokens.get(position).equals(token)) {
            position++;
            return true;
        }
        return false;
    }

    private void expect(String token) {
        if (!accept(token)) {
            throw error("expected '" + token + "'");
        }
    }

    private String next(String what) {
        if (position >= tokens.size()) {
            throw new ConditionException("expected " + what + " at the end", text.length());
        }
        return tokens.get(position++);
    }

    private ConditionException error(String message) {
        return error(message, position);
    }

    private ConditionException error(String message, int index) {
        int offset = index < offsets.size() ? offsets.get(index) : text.length();
        return new ConditionException(message, offset);
    }
}
