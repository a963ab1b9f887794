package org.csirtbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.csirtbot.ShownTexts.Text;
import org.junit.jupiter.api.Test;

/**
 * One vocabulary in both languages: every text csirtbot shows ({@link ShownTexts}) keeps to
 * {@code playbooks/GLOSSARY.md}, the one place the terms are written. A term the glossary never allows is refused
 * in that language unless it is part of the row's preferred term; code in backticks is not read. Notices to
 * customers, affected people and the public apologise.
 */
class GlossaryTests {

    static final Path GLOSSARY = Path.of("../playbooks/GLOSSARY.md");
    private static final Pattern QUOTED = Pattern.compile("`([^`]+)`");
    private static final Pattern CODE = Pattern.compile("`[^`\\n]*`");

    /** A row of the glossary's "Terms" table: the preferred words and the refused ones, in each language. */
    record Term(String concept, List<String> english, List<String> japanese, List<String> neverEnglish,
            List<String> neverJapanese) {

        List<String> preferred(String language) {
            return language.equals("ja") ? japanese : english;
        }

        List<String> never(String language) {
            return language.equals("ja") ? neverJapanese : neverEnglish;
        }
    }

    static List<Term> terms() throws IOException {
        List<Term> terms = new ArrayList<>();
        boolean inTerms = false;
        for (String line : Files.readAllLines(GLOSSARY, StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) {
                inTerms = line.startsWith("## Terms");
            } else if (inTerms && line.startsWith("| ") && !line.startsWith("| Concept")) {
                String[] cells = line.split("\\|", -1);
                terms.add(new Term(cells[1].strip(), quoted(cells[2]), quoted(cells[3]), quoted(cells[4]),
                        quoted(cells[5])));
            }
        }
        return terms;
    }

    @Test
    void theGlossaryIsReadAsItIsWritten() throws IOException {
        List<Term> terms = terms();
        assertThat(terms).hasSizeGreaterThan(20);
        assertThat(terms).anySatisfy(t -> {
            assertThat(t.japanese()).containsExactly("重大度");
            assertThat(t.neverJapanese()).containsExactly("深刻度");
        });
        assertThat(terms).anySatisfy(t -> assertThat(t.neverJapanese()).contains("指標"));
        assertThat(terms).anySatisfy(t -> assertThat(t.neverEnglish()).contains("incident manager"));
    }

    @Test
    void everyTextAvoidsTheVariantsTheGlossaryRefuses() throws IOException {
        List<Term> terms = terms();
        List<Text> texts = ShownTexts.all();
        assertThat(texts).as("texts read").hasSizeGreaterThan(3000)
                .anySatisfy(t -> assertThat(t.where()).startsWith("ransomware.yaml"))
                .anySatisfy(t -> assertThat(t.where()).startsWith("phishing-wave.yaml"))
                .anySatisfy(t -> assertThat(t.where()).startsWith("comms/public_ja.md"));
        List<String> found = new ArrayList<>();
        for (Text text : texts) {
            for (Term term : terms) {
                for (String variant : refused(text, term)) {
                    found.add(text.where() + " [" + text.language() + "]: `" + variant + "` (use "
                            + term.preferred(text.language()) + ")");
                }
            }
        }
        assertThat(found).as("variants the glossary refuses").isEmpty();
    }

    @Test
    void theTestCatchesAVariantButNotThePreferredTermThatHoldsIt() throws IOException {
        Term vendor = terms().stream().filter(t -> t.japanese().contains("ベンダー")).findFirst().orElseThrow();
        assertThat(refused(new Text("x", "ja", "ベンダーに連絡"), vendor)).isEmpty();
        assertThat(refused(new Text("x", "ja", "ベンダに連絡"), vendor)).containsExactly("ベンダ");
        assertThat(refused(new Text("x", "ja", "`ベンダ` と入力"), vendor)).isEmpty();
        Term commander = terms().stream().filter(t -> t.english().contains("commander")).findFirst().orElseThrow();
        assertThat(refused(new Text("x", "en", "The Incident Manager approves"), commander))
                .containsExactly("incident manager");
    }

    @Test
    void noticesToCustomersPeopleAndThePublicApologise() throws IOException {
        for (Text template : ShownTexts.all()) {
            if (template.where().startsWith("comms/press-qa")) {
                // the press Q&A is for the spokesperson, not a notice: its first answer carries the apology
                assertThat(template.text()).as(template.where()).containsPattern(template.language().equals("ja")
                        ? "答．.*お詫び申し上げます" : "A\\. .*apologise");
            } else if (template.where().startsWith("comms/")) {
                String subject = template.text().lines().findFirst().orElse("");
                assertThat(subject).as(template.where()).contains(template.language().equals("ja")
                        ? "に関するお知らせとお詫び" : "Notice and apology concerning");
            }
        }
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, JsonNode> playbook : ShownTexts.playbooks().entrySet()) {
            for (JsonNode notify : playbook.getValue().findParents("template")) {
                String template = notify.get("template").asText();
                JsonNode message = notify.path("message");
                if (!List.of("public", "customers", "individuals").contains(template) || message.isMissingNode()) {
                    continue;
                }
                String where = playbook.getKey() + " " + template + " notice";
                assertThat(message.path("ja").asText()).as(where).contains("お詫び");
                assertThat(message.path("en").asText().toLowerCase(Locale.ROOT)).as(where).contains("apolog");
                if (template.equals("public")) {
                    assertThat(message.path("ja").asText()).as(where).contains("に関するお知らせとお詫び");
                }
                checked.add(where);
            }
        }
        assertThat(checked).as("notices checked").hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void aPlaybookRoleThatHoldsAnIncidentRoleIsCalledWhatTheBotCallsIt() throws IOException {
        Properties ja = new Properties();
        try (var in = GlossaryTests.class.getResourceAsStream("/messages_ja.properties")) {
            ja.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, JsonNode> playbook : ShownTexts.playbooks().entrySet()) {
            playbook.getValue().path("roles").fields().forEachRemaining(role -> {
                String held = role.getValue().path("incident_role").asText();
                if (List.of("commander", "liaison", "comms", "legal", "privacy").contains(held)) {
                    assertThat(role.getValue().path("label").path("ja").asText())
                            .as(playbook.getKey() + " role " + role.getKey()).contains(ja.getProperty("role." + held));
                    checked.add(playbook.getKey() + " " + role.getKey());
                }
            });
        }
        assertThat(checked).as("roles checked").hasSizeGreaterThan(30);
    }

    /** The refused variants of the term in the text: code spans and the row's preferred words taken out first. */
    static List<String> refused(Text text, Term term) {
        boolean english = text.language().equals("en");
        String checked = CODE.matcher(text.text()).replaceAll(" ");
        if (english) {
            checked = checked.toLowerCase(Locale.ROOT);
        }
        for (String preferred : term.preferred(text.language())) {
            checked = checked.replace(english ? preferred.toLowerCase(Locale.ROOT) : preferred, "\u0000");
        }
        List<String> found = new ArrayList<>();
        for (String variant : term.never(text.language())) {
            if (checked.contains(english ? variant.toLowerCase(Locale.ROOT) : variant)) {
                found.add(variant);
            }
        }
        return found;
    }

    private static List<String> quoted(String cell) {
        List<String> words = new ArrayList<>();
        Matcher matcher = QUOTED.matcher(cell);
        while (matcher.find()) {
            words.add(matcher.group(1));
        }
        return words;
    }
}
