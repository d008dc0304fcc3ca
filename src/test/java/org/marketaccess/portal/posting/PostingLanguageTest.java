package org.marketaccess.portal.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A posting's language from its text: the portal's three, on whole postings and on titles alone. */
class PostingLanguageTest {

    private static final Path CROSS_LANGUAGE = Path.of("eval/cross-language");
    private static final Path PUBLIC =
            Path.of(System.getenv().getOrDefault("PORTAL_EVAL_PUBLIC", "../shared/eval/public"));

    @Test
    void shortPostingsInEachLanguage() {
        assertThat(PostingLanguage.detect("Remote monitoring for heart failure patients after discharge"))
                .isEqualTo(PostingLanguage.EN);
        assertThat(PostingLanguage.detect("Seguiment a domicili de pacients amb insuficiència cardíaca"))
                .isEqualTo(PostingLanguage.CA);
        assertThat(PostingLanguage.detect("Seguimiento en casa de pacientes con insuficiencia cardiaca"))
                .isEqualTo(PostingLanguage.ES);
        assertThat(PostingLanguage.detect("L'hospital busca una eina per a l'atenció primària"))
                .isEqualTo(PostingLanguage.CA);
        assertThat(PostingLanguage.detect("¿Buscas un hospital? Queremos una prueba piloto"))
                .isEqualTo(PostingLanguage.ES);
    }

    @Test
    void nothingToTellIsEnglish() {
        assertThat(PostingLanguage.detect(null)).isEqualTo(PostingLanguage.EN);
        assertThat(PostingLanguage.detect("  ")).isEqualTo(PostingLanguage.EN);
        assertThat(PostingLanguage.detect("CardioNest 510(k) HbA1c 2026")).isEqualTo(PostingLanguage.EN);
    }

    /**
     * English medical claims with no English function word: a lone letter (N-terminal, vitamin D,
     * type I) or a word English shares (de novo, sense, Ser) once made them Catalan or Spanish. The
     * first is a SciFact claim that was read as Catalan.
     */
    @Test
    void englishMedicalClaimsStayEnglish() {
        for (String claim : List.of(
                "N-terminal cleavage increases success identifying transcription start sites.",
                "Vitamin D supplementation reduces hip fractures.",
                "Type I interferons suppress tumour growth.",
                "De novo mutations cause autism spectrum disorders.",
                "Antisense RNA silences sense transcripts.",
                "Ser phosphorylation activates AMPK.")) {
            assertThat(PostingLanguage.detect(claim)).as(claim).isEqualTo(PostingLanguage.EN);
        }
        // one telling word is still enough for a short title
        assertThat(PostingLanguage.detect("Salut digital")).isEqualTo(PostingLanguage.CA);
        assertThat(PostingLanguage.detect("Adherencia terapéutica en personas mayores"))
                .isEqualTo(PostingLanguage.ES);
    }

    @Test
    void codes() {
        assertThat(PostingLanguage.ofCode("CA")).isEqualTo(PostingLanguage.CA);
        assertThat(PostingLanguage.ofCode("fr")).isNull();
        assertThat(PostingLanguage.ofCode(null)).isNull();
    }

    /** Decision 027's figures: every posting of the cross-language set, whole and by its title alone. */
    @Test
    void accuracyOnTheCrossLanguageSet() throws IOException {
        Map<String, String> languages = new HashMap<>();
        for (String line : Files.readAllLines(CROSS_LANGUAGE.resolve("languages.tsv"))
                .subList(
                        1,
                        Files.readAllLines(CROSS_LANGUAGE.resolve("languages.tsv"))
                                .size())) {
            String[] columns = line.split("\t");
            languages.put(columns[0], columns[1]);
        }
        int[] whole = new int[2];
        int[] titles = new int[2];
        for (JsonNode posting : postings(CROSS_LANGUAGE)) {
            String expected = languages.get(posting.get("id").asString());
            String title = posting.get("title").asString();
            String text = title + "\n" + posting.get("description").asString();
            count(whole, PostingLanguage.detect(text).code().equals(expected));
            count(titles, PostingLanguage.detect(title).code().equals(expected));
        }
        System.out.printf(
                Locale.ROOT,
                "RESULT language_detection postings=%d accuracy=%.4f titles_accuracy=%.4f%n",
                whole[1],
                (double) whole[0] / whole[1],
                (double) titles[0] / titles[1]);
        assertThat(whole[1]).isEqualTo(languages.size());
        assertThat((double) whole[0] / whole[1]).isEqualTo(1.0);
        assertThat((double) titles[0] / titles[1]).isGreaterThanOrEqualTo(0.9);
    }

    /** English postings stay English: a wrong guess would analyze them with another language's stems. */
    @Test
    void thePublicSetIsEnglish() throws IOException {
        if (!Files.isDirectory(PUBLIC)) {
            return;
        }
        for (JsonNode posting : postings(PUBLIC)) {
            String text = posting.get("title").asString() + "\n"
                    + posting.get("description").asString();
            assertThat(PostingLanguage.detect(text))
                    .as(posting.get("id").asString())
                    .isEqualTo(PostingLanguage.EN);
        }
    }

    private static List<JsonNode> postings(Path directory) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> postings = new java.util.ArrayList<>();
        for (String file : List.of("needs.jsonl", "opportunities.jsonl")) {
            for (String line : Files.readAllLines(directory.resolve(file))) {
                if (!line.isBlank()) {
                    postings.add(json.readTree(line));
                }
            }
        }
        return postings;
    }

    private static void count(int[] tally, boolean right) {
        tally[0] += right ? 1 : 0;
        tally[1]++;
    }
}
