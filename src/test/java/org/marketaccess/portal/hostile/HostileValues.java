package org.marketaccess.portal.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Values a hostile or careless form user sends: a fixed list of crafted ones, then random ones from
 * a seeded generator, so that a failure reproduces with the seed it prints ({@code -Dhostile.seed}).
 */
final class HostileValues {

    static final long SEED = Long.getLong("hostile.seed", 20_261_130L);

    static final List<String> CRAFTED = List.of(
            "",
            " ",
            "\u0000",
            "Acme\u0000 Health",
            "Acme \u202Egnp.exe",
            "\u202Dforced\u202C",
            "\u2066isolated\u2069",
            "\u200B",
            "zero\u200Bwidth",
            "\uFEFFbyte order mark",
            "word\u2060joiner",
            "\u200D",
            "\u00AD",
            "\u3164",
            "\uD800",
            "\uDC00broken",
            "broken\uD83D",
            "👩\u200D⚕\uFE0F 🏳\uFE0F\u200D🌈 👍🏽",
            "שלום\u200F 123 مرحبا",
            "Cafe\u0301",
            "\u001b[31mred\u001b[0m",
            "\u0085next line",
            "\u2028line separator",
            "line one\nline two",
            "tab\there",
            "\r\n",
            "' OR '1'='1",
            "'; DROP TABLE account; --",
            "\" OR 1=1 --",
            "1; SELECT pg_sleep(5)",
            "%",
            "_",
            "\\",
            "%_%\\'",
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "\"><svg onload=alert(1)>",
            "javascript:alert(1)",
            "{{7*7}} ${7*7} #{7*7}",
            "title:(a AND b*) OR \"x\"~2^3",
            "*:*",
            "*",
            "?",
            "+-&&||!(){}[]^\"~*?:\\/",
            "/regex.*/",
            "field:[a TO z]",
            "a~0.5",
            "\"unterminated",
            "(",
            "AND",
            "NOT",
            "../../etc/passwd",
            "..\\..\\windows\\win.ini",
            "%2e%2e%2f%2e%2e%2f",
            "/%00",
            "file:///etc/passwd",
            "9223372036854775807",
            "-9223372036854775808",
            "2147483648",
            "-1",
            "0",
            "1e309",
            "NaN",
            "0x7fffffff",
            "a@",
            "@b",
            "a@b",
            "a@@b.c",
            "a@b..c",
            "a b@c.d",
            "\"quoted\"@example.org",
            "a@[127.0.0.1]",
            "ünïcode@exämple.org",
            "x".repeat(300) + "@example.org",
            "http://",
            "https://exa mple.org",
            "javascript://x",
            "https://x.org/<script>",
            "ftp://x",
            "https://" + "a".repeat(400) + ".org",
            "x".repeat(201),
            "x".repeat(10_001),
            "y".repeat(100_000),
            "🚀".repeat(5_000));

    private static final String[] FRAGMENTS = {
        "'",
        "\"",
        ";",
        "--",
        "/*",
        "*/",
        "<",
        ">",
        "&",
        "%",
        "_",
        "\\",
        "../",
        "${",
        "}",
        "*",
        "?",
        "~",
        "^",
        ":",
        "(",
        ")",
        "[",
        "]",
        "AND",
        "OR",
        "NOT",
        "NULL",
        "SELECT",
        "<script>",
        "@",
        "http://",
        "www.",
        ".org",
        " "
    };

    private final Random random;

    HostileValues(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} values: the crafted ones first, then random ones. */
    List<String> take(int count) {
        List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(i < CRAFTED.size() ? CRAFTED.get(i) : next());
        }
        return values;
    }

    /** A random value: mostly short, sometimes long, mixing the kinds of characters that break things. */
    String next() {
        int roll = random.nextInt(100);
        int length = roll < 70 ? random.nextInt(40) : roll < 95 ? random.nextInt(400) : random.nextInt(12_000);
        StringBuilder value = new StringBuilder();
        while (value.length() < length) {
            int kind = random.nextInt(20);
            switch (kind) {
                case 0 -> value.append((char) random.nextInt(0x20)); // C0 controls, NUL included
                case 1 -> value.append((char) (0x7F + random.nextInt(0x21))); // DEL and C1
                case 2 -> value.append((char) (0x202A + random.nextInt(5))); // embeddings and overrides
                case 3 -> value.append((char) (0x2066 + random.nextInt(4))); // isolates
                case 4 ->
                    value.append(pick('\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\uFEFF', '\u00AD'));
                case 5 -> value.append((char) (0xD800 + random.nextInt(0x800))); // a lone surrogate
                case 6 -> value.appendCodePoint(0x1F300 + random.nextInt(0x300)); // emoji
                case 7 -> value.append("👩\u200D💻");
                case 8 -> value.appendCodePoint(0x05D0 + random.nextInt(0x1B)); // Hebrew
                case 9 -> value.appendCodePoint(0x0627 + random.nextInt(0x20)); // Arabic
                case 10 -> value.appendCodePoint(0x4E00 + random.nextInt(0x5000)); // CJK
                case 11 -> value.append((char) (0x0300 + random.nextInt(0x70))); // combining marks
                case 12, 13 -> value.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                case 14 -> value.append(random.nextLong());
                case 15 -> value.appendCodePoint(random.nextInt(0x110000)); // anything, unassigned included
                default -> value.append((char) (0x20 + random.nextInt(0x5F))); // printable ASCII
            }
        }
        return value.toString();
    }

    private char pick(char... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
