package org.csirtbot.report.slack;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.csirtbot.report.ReportedMail;
import org.csirtbot.slack.ModalParts;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;

import com.slack.api.model.File;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.element.FileInputElement;
import com.slack.api.model.view.ViewState;

/**
 * The report form's optional field for the suspicious mail saved as a file (Slack's {@code file_input}: .eml or .msg,
 * one file), and how a submitted one is read. Slack checks the file type only in the client, so it is checked again
 * here, with the 10 MB limit; the bot keeps where the file is, never its content.
 */
@SlackComponent
class ReportedMailField {

    static final String BLOCK = "mail_file";
    private static final List<String> FILETYPES = List.of("eml", "msg");
    private static final int NAME_SHOWN_MAX = 100;

    private final Texts texts;

    ReportedMailField(Texts texts) {
        this.texts = texts;
    }

    InputBlock block(Locale locale) {
        return InputBlock.builder().blockId(BLOCK).label(plainText(texts.get(locale, "report.field.mail-file")))
                .optional(true)
                .element(FileInputElement.builder().actionId(ModalParts.VALUE).filetypes(FILETYPES).maxFiles(1).build())
                .build();
    }

    /** The attached mail, or null when none; a file that is not one mail within 10 MB puts its error in errors. */
    ReportedMail read(ViewState state, Locale locale, Map<String, String> errors) {
        List<File> files = files(state);
        if (files.isEmpty()) {
            return null;
        }
        if (files.size() > 1) {
            errors.put(BLOCK, texts.get(locale, "error.mail-file.one"));
            return null;
        }
        File f = files.get(0);
        ReportedMail mail = new ReportedMail(f.getId(), f.getName(), f.getFiletype(),
                f.getSize() == null ? 0 : f.getSize(), f.getPermalink());
        if (!mail.isMail()) {
            errors.put(BLOCK, texts.get(locale, "error.mail-file.type",
                    Mrkdwn.cut(String.valueOf(mail.shownName()), NAME_SHOWN_MAX)));
        } else if (!mail.withinLimit()) {
            errors.put(BLOCK, texts.get(locale, "error.mail-file.size", ReportedMail.MAX_BYTES / (1024 * 1024),
                    String.format(Locale.ROOT, "%.1f", mail.size() / (1024.0 * 1024.0))));
        }
        return mail;
    }

    private static List<File> files(ViewState state) {
        if (state == null || state.getValues() == null || state.getValues().get(BLOCK) == null) {
            return List.of();
        }
        ViewState.Value value = state.getValues().get(BLOCK).get(ModalParts.VALUE);
        return value == null || value.getFiles() == null ? List.of() : value.getFiles();
    }
}
