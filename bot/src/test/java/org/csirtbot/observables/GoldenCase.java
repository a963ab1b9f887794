package org.csirtbot.observables;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One line of {@code observables/golden.tsv}: a category, an input, and the observables it must give. */
record GoldenCase(int line, String category, String input, List<String> expected) {

    static final String RESOURCE = "/observables/golden.tsv";

    static List<GoldenCase> all() {
        try (InputStream in = GoldenCase.class.getResourceAsStream(RESOURCE)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<GoldenCase> cases = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].startsWith("#") && !lines[i].isBlank()) {
                    String[] columns = lines[i].split("\t", -1);
                    List<String> expected = Arrays.stream(columns).skip(2).map(GoldenCase::unescaped)
                            .filter(e -> !e.equals("-")).toList();
                    cases.add(new GoldenCase(i + 1, columns[0], unescaped(columns[1]), expected));
                }
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> actual(ObservableExtraction extraction) {
        List<Observable> found = category.equals("mail") ? MailHeaders.parse(input).observables() : extraction.from(input);
        return found.stream().map(Observable::key).toList();
    }

    /** A readable test name: the line, the category and the input on one line, cut short. */
    @Override
    public String toString() {
        String shown = input.replace("\r", "").replace("\n", "⏎").replace("\t", " ");
        return "line " + line + " [" + category + "] " + (shown.length() > 90 ? shown.substring(0, 89) + "…" : shown);
    }

    private static String unescaped(String written) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c == '\\' && i + 1 < written.length()) {
                char next = written.charAt(++i);
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
