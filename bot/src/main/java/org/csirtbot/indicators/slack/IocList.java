package org.csirtbot.indicators.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

import org.csirtbot.incident.Incident;
import org.csirtbot.indicators.Indicator;
import org.csirtbot.indicators.IndicatorRegistry;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;

import com.slack.api.model.block.LayoutBlock;

/**
 * {@code /incident ioc list} as blocks within Block Kit's limits: a room's indicators, or the registry's most recently
 * seen that the reader may see; at most {@value #LISTED}, lines gathered into sections of at most
 * {@value #SECTION_MAX} characters, the rest counted.
 */
@SlackComponent
class IocList {

    static final int LISTED = 40;
    static final int SECTION_MAX = 3000;

    private final IndicatorRegistry registry;
    private final IocLines lines;
    private final Texts texts;

    IocList(IndicatorRegistry registry, IocLines lines, Texts texts) {
        this.registry = registry;
        this.lines = lines;
        this.texts = texts;
    }

    /** What the list says, as text for notifications and as blocks. */
    record Listed(String text, List<LayoutBlock> blocks) {
    }

    Listed ofRoom(Incident incident, String userId, Locale locale) {
        Predicate<String> readable = lines.readableBy(userId);
        List<String> all = registry.seenIn(incident.id()).stream()
                .map(i -> lines.inRoom(locale, i, i.sightingIn(incident.id()).orElseThrow(), readable)).toList();
        return listed(all.isEmpty() ? texts.get(locale, "ioc.list.none.room", incident.id())
                : texts.get(locale, "ioc.list.header.room", incident.id(), all.size()), all, locale);
    }

    Listed ofRegistry(String userId, Locale locale) {
        Predicate<String> readable = lines.readableBy(userId);
        List<String> all = new ArrayList<>();
        for (Indicator indicator : registry.all()) {
            all.add(lines.inRegistry(locale, indicator, readable));
            all.removeIf(Objects::isNull);
            if (all.size() > LISTED) {
                break;
            }
        }
        return listed(all.isEmpty() ? texts.get(locale, "ioc.list.none.registry")
                : texts.get(locale, "ioc.list.header.registry", Math.min(all.size(), LISTED)), all, locale);
    }

    private Listed listed(String header, List<String> all, Locale locale) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(Mrkdwn.cut(header, SECTION_MAX)))));
        StringBuilder section = new StringBuilder();
        for (String line : all.subList(0, Math.min(LISTED, all.size()))) {
            String cut = Mrkdwn.cut(line, SECTION_MAX);
            if (section.length() + cut.length() + 1 > SECTION_MAX) {
                blocks.add(block(section));
                section.setLength(0);
            }
            section.append(section.length() == 0 ? "" : "\n").append(cut);
        }
        if (section.length() > 0) {
            blocks.add(block(section));
        }
        if (all.size() > LISTED) {
            blocks.add(context(c -> c.elements(List.of(markdownText(texts.get(locale, "ioc.list.more"))))));
        }
        return new Listed(header, blocks);
    }

    private static LayoutBlock block(StringBuilder text) {
        String content = text.toString();
        return section(s -> s.text(markdownText(content)));
    }
}
