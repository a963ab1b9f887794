package org.csirtbot.improvements;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * An improvement item as typed after {@code /incident improve}: {@code <text> [@owner] [due YYYY-MM-DD]}, the owner
 * and the due day at the end in either order. Without an owner it is whoever typed it; without a due day,
 * {@link ImprovementsProperties#defaultDue()} from today. The text keeps its lines as typed. Pure.
 */
public record NewImprovement(String text, String owner, LocalDate dueOn) {

    /** An item is a sentence or two; the register keeps it whole. */
    public static final int TEXT_MAX = 1000;

    /** What was typed, read: the item, or why not ({@link Problem}). */
    public record Parsed(NewImprovement item, Problem problem, String detail) {
    }

    /** Why an item typed is not recorded. */
    public enum Problem {
        /** No text. */
        EMPTY,
        TOO_LONG,
        /** {@code due} not followed by a date as YYYY-MM-DD; the detail is what followed. */
        NOT_A_DATE,
        /** The due day has passed; the detail is the day. */
        PAST
    }

    /**
     * Reads {@code typed}, by {@code typist}, on {@code today}; {@code userIn} reads a mention ({@code <@U…>}) as the
     * user's ID, empty when the token is none.
     */
    public static Parsed parse(String typed, String typist, LocalDate today, LocalDate defaultDue,
                               Function<String, Optional<String>> userIn) {
        List<String> tokens = new ArrayList<>(Arrays.asList(typed == null ? new String[0] : typed.strip().split("\\s+")));
        tokens.removeIf(String::isEmpty);
        int all = tokens.size();
        String owner = null;
        LocalDate due = null;
        for (int option = 0; option < 2 && !tokens.isEmpty(); option++) {
            int last = tokens.size() - 1;
            Optional<String> mentioned = userIn.apply(tokens.get(last));
            if (owner == null && mentioned.isPresent()) {
                owner = mentioned.get();
                tokens.remove(last);
            } else if (due == null && last >= 1 && tokens.get(last - 1).equalsIgnoreCase("due")) {
                try {
                    due = LocalDate.parse(tokens.get(last));
                } catch (DateTimeParseException e) {
                    return new Parsed(null, Problem.NOT_A_DATE, tokens.get(last));
                }
                tokens.subList(last - 1, last + 1).clear();
            }
        }
        String text = typed == null ? "" : typed.strip();
        for (int removed = tokens.size(); removed < all; removed++) {
            text = text.replaceFirst("\\s*\\S+$", "");
        }
        if (text.isBlank()) {
            return new Parsed(null, Problem.EMPTY, "");
        }
        if (text.codePointCount(0, text.length()) > TEXT_MAX) {
            return new Parsed(null, Problem.TOO_LONG, String.valueOf(TEXT_MAX));
        }
        if (due != null && due.isBefore(today)) {
            return new Parsed(null, Problem.PAST, due.toString());
        }
        return new Parsed(new NewImprovement(text, owner == null ? typist : owner, due == null ? defaultDue : due),
                null, null);
    }
}
