package be.classeur.kernel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A text for people kept as data: a translation key and typed arguments. What is stored (history lines, notes written
 * by the application) or returned (warnings) is a message; it becomes words only when shown, in the reader's language,
 * with dates as {@value DisplayFormats#DATE_PATTERN} ({@link #render}).
 *
 * <p>A text typed by a person, or an old sentence that no key describes, is kept as written: {@link #literal}.
 */
public record Message(String key, List<Message.Arg> args) {
    /** A text kept as written: {@code {0}}. */
    public static final String LITERAL = "message.literal";
    /** Two sentences one after the other: {@code {0} {1}}. */
    public static final String SENTENCES = "message.sentences";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public Message {
        args = List.copyOf(args);
    }

    /** One typed argument of a message. */
    public sealed interface Arg permits Text, Day, Number, Label, Part, Joined {
    }

    /** Words as written (a name, a reason typed by a person): shown as they are, in every language. */
    public record Text(String value) implements Arg {
    }

    /** A calendar date, shown as {@value DisplayFormats#DATE_PATTERN}. */
    public record Day(LocalDate value) implements Arg {
    }

    /** A count or a record number; a pattern shows a record number as {@code {0,number,#}} (digits, no grouping). */
    public record Number(long value) implements Arg {
    }

    /** A label (an enum's, a field's) by its translation key, shown in the reader's language. */
    public record Label(String key) implements Arg {
    }

    /** A message inside a message, rendered in the same language. */
    public record Part(Message message) implements Arg {
    }

    /** Several arguments shown one after the other, separated by commas. */
    public record Joined(List<Arg> items) implements Arg {
        public Joined {
            items = List.copyOf(items);
        }
    }

    /**
     * A message with its arguments typed from plain values: a {@link LocalDate} is a day, an integral number a number,
     * a message a part, an {@link Arg} stays itself, anything else is text.
     */
    public static Message of(String key, Object... args) {
        List<Arg> typed = new ArrayList<>();
        for (Object arg : args) {
            typed.add(arg(arg));
        }
        return new Message(key, typed);
    }

    private static Arg arg(@Nullable Object value) {
        return switch (value) {
            case null -> new Text("");
            case Arg a -> a;
            case LocalDate d -> new Day(d);
            case Long n -> new Number(n);
            case Integer n -> new Number(n);
            case Short n -> new Number(n);
            case Message m -> new Part(m);
            default -> new Text(value.toString());
        };
    }

    /** A text kept as written; null for none (null or blank), stripped otherwise. */
    public static @Nullable Message literal(@Nullable String text) {
        return text == null || text.isBlank() ? null : new Message(LITERAL, List.of(new Text(text.strip())));
    }

    /** The text as written, when this message is one ({@link #literal}); null otherwise. */
    public @Nullable String literalText() {
        return LITERAL.equals(key) && args.size() == 1 && args.getFirst() instanceof Text t ? t.value() : null;
    }

    /** The message in the reader's language; a key missing from the translations shows as itself, never fails. */
    public String render(Locale locale) {
        Object[] values = args.stream().map(a -> a instanceof Number n ? (Object) n.value() : render(a, locale)).toArray();
        try {
            return Translations.text(locale, key, values);
        } catch (MissingResourceException e) {
            return key + (values.length == 0 ? "" : " " + java.util.Arrays.toString(values));
        }
    }

    private static String render(Arg arg, Locale locale) {
        return switch (arg) {
            case Text t -> t.value();
            case Day d -> DisplayFormats.DATE.format(d.value());
            case Number n -> Long.toString(n.value());
            case Label l -> label(l.key(), locale);
            case Part p -> p.message().render(locale);
            case Joined j -> j.items().stream().map(i -> render(i, locale)).collect(Collectors.joining(", "));
        };
    }

    private static String label(String key, Locale locale) {
        try {
            return Translations.text(locale, key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The arguments as stored: a JSON array of one-field objects ({@code {"text": …}}, {@code {"date": "2026-03-02"}}…). */
    public String argsJson() {
        return JSON.writeValueAsString(toJson(args));
    }

    /**
     * The message stored as its key and {@link #argsJson}; null without a key. Arguments that cannot be read (a value
     * written by hand in the database) are kept as one text, so that nothing stored is lost or fails to show.
     */
    public static @Nullable Message stored(@Nullable String key, @Nullable String argsJson) {
        if (key == null) {
            return null;
        }
        if (argsJson == null || argsJson.isBlank()) {
            return new Message(key, List.of());
        }
        try {
            return new Message(key, fromJson(JSON.readTree(argsJson)));
        } catch (RuntimeException e) {
            return new Message(key, List.of(new Text(argsJson)));
        }
    }

    private static ArrayNode toJson(List<Arg> args) {
        ArrayNode array = JSON.createArrayNode();
        for (Arg arg : args) {
            ObjectNode node = array.addObject();
            switch (arg) {
                case Text t -> node.put("text", t.value());
                case Day d -> node.put("date", d.value().toString());
                case Number n -> node.put("number", n.value());
                case Label l -> node.put("label", l.key());
                case Part p -> {
                    ObjectNode part = node.putObject("message");
                    part.put("key", p.message().key());
                    part.set("args", toJson(p.message().args()));
                }
                case Joined j -> node.set("list", toJson(j.items()));
            }
        }
        return array;
    }

    private static List<Arg> fromJson(JsonNode array) {
        if (!array.isArray()) {
            throw new IllegalArgumentException("not an array");
        }
        List<Arg> args = new ArrayList<>();
        for (JsonNode node : array) {
            if (node.has("text")) {
                args.add(new Text(node.get("text").asString()));
            } else if (node.has("date")) {
                args.add(new Day(LocalDate.parse(node.get("date").asString())));
            } else if (node.has("number")) {
                args.add(new Number(node.get("number").asLong()));
            } else if (node.has("label")) {
                args.add(new Label(node.get("label").asString()));
            } else if (node.has("message")) {
                JsonNode part = node.get("message");
                args.add(new Part(new Message(part.get("key").asString(), fromJson(part.get("args")))));
            } else if (node.has("list")) {
                args.add(new Joined(fromJson(node.get("list"))));
            } else {
                throw new IllegalArgumentException("unknown argument " + node);
            }
        }
        return args;
    }
}
