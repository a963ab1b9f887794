package org.csirtbot.slack;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElements;
import com.slack.api.model.block.element.DatetimePickerElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;

/**
 * Small builders and readers shared by the bot's modals. Every input's action ID is {@link #VALUE}, so a
 * value is found by its block ID alone.
 */
public final class ModalParts {

    public static final String VALUE = "value";
    /** Slack's limit for a view's title, submit and close labels. */
    static final int VIEW_LABEL_MAX = 24;
    /** Slack's limit for an option's text and description. */
    public static final int OPTION_TEXT_MAX = 75;

    private ModalParts() {
    }

    /** A modal with its labels cut to Slack's limit; {@code submit} may be null for a modal without one. */
    public static View.ViewBuilder modal(String callbackId, String title, String submit, String close) {
        return View.builder().type("modal").callbackId(callbackId)
                .title(ViewTitle.builder().type("plain_text").text(label(title)).build())
                .submit(submit == null ? null : ViewSubmit.builder().type("plain_text").text(label(submit)).build())
                .close(ViewClose.builder().type("plain_text").text(label(close)).build());
    }

    public static InputBlock textInput(String blockId, String label, String initial, int maxLength, boolean multiline,
                                boolean optional) {
        return InputBlock.builder().blockId(blockId).label(plainText(label)).optional(optional)
                .element(BlockElements.plainTextInput(p -> p.actionId(VALUE).multiline(multiline).maxLength(maxLength)
                        .initialValue(initial == null || initial.isEmpty() ? null : Mrkdwn.cut(initial, maxLength))))
                .build();
    }

    public static InputBlock select(String blockId, String label, List<OptionObject> options, OptionObject initial) {
        return InputBlock.builder().blockId(blockId).label(plainText(label))
                .element(BlockElements.staticSelect(s -> s.actionId(VALUE).options(options).initialOption(initial)))
                .build();
    }

    public static InputBlock checkbox(String blockId, String label, OptionObject option) {
        return InputBlock.builder().blockId(blockId).label(plainText(label)).optional(true)
                .element(BlockElements.checkboxes(c -> c.actionId(VALUE).options(List.of(option))))
                .build();
    }

    public static OptionObject option(String text, String value, String description) {
        return OptionObject.builder().text(plainText(Mrkdwn.cut(text, OPTION_TEXT_MAX))).value(value)
                .description(description == null ? null : plainText(Mrkdwn.cut(description, OPTION_TEXT_MAX)))
                .build();
    }

    static String label(String text) {
        return Mrkdwn.cut(text, VIEW_LABEL_MAX);
    }

    /** The typed text of a block, trimmed; empty when nothing was typed. */
    public static String text(ViewState state, String blockId) {
        return value(state, blockId).map(ViewState.Value::getValue).map(String::strip).orElse("");
    }

    /**
     * The typed text of a block that must be filled in, trimmed; when it is empty or longer than {@code max} code points,
     * the error to show beside it is put in {@code errors} under its block ID.
     */
    public static String required(ViewState state, String blockId, int max, Texts texts, java.util.Locale locale,
                                  Map<String, String> errors) {
        String typed = text(state, blockId);
        int length = typed.codePointCount(0, typed.length());
        if (typed.isEmpty()) {
            errors.put(blockId, texts.get(locale, "error.required"));
        } else if (length > max) {
            errors.put(blockId, texts.get(locale, "error.too-long", max, length));
        }
        return typed;
    }

    public static Optional<String> selected(ViewState state, String blockId) {
        return value(state, blockId).map(ViewState.Value::getSelectedOption).map(ViewState.SelectedOption::getValue);
    }

    public static boolean checked(ViewState state, String blockId) {
        return value(state, blockId).map(ViewState.Value::getSelectedOptions).map(o -> !o.isEmpty()).orElse(false);
    }

    /** An optional date-and-time input; Slack shows it in the person's own time zone. */
    public static InputBlock dateTimePicker(String blockId, String label) {
        return dateTimePicker(blockId, label, null);
    }

    /**
     * As {@link #dateTimePicker(String, String)}, showing {@code initial} (whole seconds) until changed; null, or a time
     * Slack's 32-bit {@code initial_date_time} cannot hold, shows none.
     */
    public static InputBlock dateTimePicker(String blockId, String label, Instant initial) {
        Integer seconds = initial == null || initial.getEpochSecond() < 0 || initial.getEpochSecond() > Integer.MAX_VALUE
                ? null : (int) initial.getEpochSecond();
        return InputBlock.builder().blockId(blockId).label(plainText(label)).optional(true)
                .element(DatetimePickerElement.builder().actionId(VALUE).initialDateTime(seconds).build()).build();
    }

    /** The date and time picked in a block ({@code selected_date_time}, UNIX seconds); empty when none was. */
    public static Optional<Instant> dateTime(ViewState state, String blockId) {
        return value(state, blockId).map(ViewState.Value::getSelectedDateTime).map(Instant::ofEpochSecond);
    }

    private static Optional<ViewState.Value> value(ViewState state, String blockId) {
        if (state == null || state.getValues() == null) {
            return Optional.empty();
        }
        Map<String, ViewState.Value> block = state.getValues().get(blockId);
        return Optional.ofNullable(block == null ? null : block.get(VALUE));
    }

    /** An optional date input ({@code datepicker}); Slack gives back {@code YYYY-MM-DD}. */
    public static InputBlock datePicker(String blockId, String label) {
        return InputBlock.builder().blockId(blockId).label(plainText(label)).optional(true)
                .element(BlockElements.datePicker(d -> d.actionId(VALUE))).build();
    }

    /** The date picked in a block; empty when none was, or when what came is not a date. */
    public static Optional<java.time.LocalDate> date(ViewState state, String blockId) {
        return value(state, blockId).map(ViewState.Value::getSelectedDate).filter(d -> !d.isBlank()).flatMap(d -> {
            try {
                return Optional.of(java.time.LocalDate.parse(d));
            } catch (java.time.format.DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    /** A static select that may be left empty. */
    public static InputBlock optionalSelect(String blockId, String label, List<OptionObject> options) {
        return InputBlock.builder().blockId(blockId).label(plainText(label)).optional(true)
                .element(BlockElements.staticSelect(s -> s.actionId(VALUE).options(options))).build();
    }

    // decisions (issue 4): choosing a person

    public static InputBlock userSelect(String blockId, String label, boolean optional) {
        return InputBlock.builder().blockId(blockId).label(plainText(label)).optional(optional)
                .element(BlockElements.usersSelect(u -> u.actionId(VALUE))).build();
    }

    /** The user chosen in a users_select; empty when nobody is. */
    public static Optional<String> selectedUser(ViewState state, String blockId) {
        return value(state, blockId).map(ViewState.Value::getSelectedUser).filter(u -> !u.isBlank());
    }
}
