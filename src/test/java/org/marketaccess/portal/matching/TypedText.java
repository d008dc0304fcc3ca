package org.marketaccess.portal.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** What people (and scripts) may type into a search box: syntax, control characters, huge and broken text. */
public final class TypedText {

    private static final String[] PIECES = {
        "\"",
        "'",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        "*",
        "?",
        "~",
        "^",
        ":",
        "\\",
        "/",
        "!",
        "&&",
        "||",
        "+",
        "-",
        "AND",
        "OR",
        "NOT",
        "TO",
        "*:*",
        "title:",
        "heart failure",
        "CHF",
        "telehealth",
        "A&E",
        "<script>",
        "%00",
        "\u0000",
        "\u0007",
        "\t",
        "\n",
        "\r",
        "\u200b",
        "\ud83d\ude00",
        "\ud800",
        "\udc00",
        "\u202e",
        "ñandú",
        "こんにちは",
        "ß",
        "İ",
        " ",
        "   ",
        "0",
        "9999999999999999999",
        "NaN",
        "null",
        "' OR 1=1 --",
    };

    private TypedText() {}

    public static List<String> generate(int count, long seed) {
        Random random = new Random(seed);
        List<String> typed = new ArrayList<>(List.of(
                "", " ", "x".repeat(10_000), "\"".repeat(5_000), "*:*", "(".repeat(3_000), "\u0000".repeat(100)));
        while (typed.size() < count) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(12);
            for (int i = 0; i < pieces; i++) {
                text.append(
                        random.nextInt(4) == 0 ? (char) random.nextInt(0x3000) : PIECES[random.nextInt(PIECES.length)]);
            }
            typed.add(text.toString());
        }
        return typed;
    }
}
