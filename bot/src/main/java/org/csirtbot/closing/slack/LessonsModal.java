package org.csirtbot.closing.slack;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.csirtbot.closing.LessonsQuestion;
import org.csirtbot.incident.Incident;
import org.csirtbot.slack.ModalParts;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;

/**
 * The lessons-learned form of {@code /incident resolve}: one optional answer per NIST question, filled in with the
 * answers so far; its private metadata is the incident ID. Eleven blocks, answers up to Slack's 3,000 characters.
 */
@SlackComponent
public class LessonsModal {

    public static final String CALLBACK = "incident_lessons";
    /** Slack's limit for a section's text. */
    private static final int SECTION_MAX = 3000;

    private final Texts texts;

    LessonsModal(Texts texts) {
        this.texts = texts;
    }

    View form(Locale locale, Incident incident) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String intro = texts.get(locale, "lessons.modal.intro", Mrkdwn.escape(incident.id()), Mrkdwn.escape(incident.title()));
        blocks.add(section(s -> s.text(markdownText(Mrkdwn.cut(intro, SECTION_MAX)))));
        for (LessonsQuestion question : LessonsQuestion.values()) {
            blocks.add(ModalParts.textInput(question.id(), texts.get(locale, "lessons.question." + question.id()),
                    incident.closure().lessons().get(question.id()), LessonsQuestion.MAX_ANSWER, true, true));
        }
        return ModalParts.modal(CALLBACK, texts.get(locale, "lessons.modal.title"),
                        texts.get(locale, "lessons.modal.submit"), texts.get(locale, "modal.cancel"))
                .privateMetadata(incident.id()).blocks(blocks).build();
    }

    /** The answers typed (question ID to answer, blanks left out), or the error beside each bad field. */
    Read read(ViewState state, Locale locale) {
        Map<String, String> answers = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (LessonsQuestion question : LessonsQuestion.values()) {
            String answer = ModalParts.text(state, question.id());
            int length = answer.codePointCount(0, answer.length());
            if (length > LessonsQuestion.MAX_ANSWER) {
                errors.put(question.id(), texts.get(locale, "error.too-long", LessonsQuestion.MAX_ANSWER, length));
            } else if (!answer.isEmpty()) {
                answers.put(question.id(), answer);
            }
        }
        if (answers.isEmpty() && errors.isEmpty()) {
            errors.put(firstQuestion(), texts.get(locale, "lessons.empty"));
        }
        return new Read(answers, errors);
    }

    static String firstQuestion() {
        return LessonsQuestion.values()[0].id();
    }

    /** A read form: the answers when valid, else the errors by block ID. */
    record Read(Map<String, String> answers, Map<String, String> errors) {
        boolean valid() {
            return errors.isEmpty();
        }
    }
}
