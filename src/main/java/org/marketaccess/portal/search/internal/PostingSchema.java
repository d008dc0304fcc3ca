package org.marketaccess.portal.search.internal;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.marketaccess.portal.posting.PostingKind;
import org.marketaccess.portal.posting.PostingLanguage;

/**
 * What a posting's document holds, field by field: text in analyzed title and body fields; every
 * taxonomy code as an indexed term (for queries) and as doc values (for rescoring and facet
 * counts), so that matching never reads stored fields. The one place that knows the layout, as
 * Gerrit's {@code Schema}/{@code FieldDef} are for its change index.
 */
public final class PostingSchema {

    static final String ID = "id";
    static final String KIND = "kind";
    static final String ORG = "org";
    /** English text; Spanish and Catalan text go to {@code title_es}, {@code body_ca} and so on ({@link LanguageAnalysis}). */
    static final String TITLE = "title";

    static final String BODY = "body";
    /** The language the text was analyzed in: en, es or ca. */
    static final String LANGUAGE = "language";

    public static final String CLINICAL = "clinical";
    public static final String CATEGORY = "category";
    public static final String SETTING = "setting";
    static final String CERT = "cert";
    static final String INTEGRATION = "integration";
    /** Opportunities: their region and every region enclosing it; needs: the regions they are open to. */
    public static final String REGION = "region";
    /** The clusters that may see the posting (decision 028): a filter, never scored. */
    public static final String AUDIENCE = "audience";
    /** The posting's organization's cluster: matching keeps only pairs both sides may see. */
    static final String CLUSTER = "cluster";

    static final String STAGE = "stage";
    static final String DEADLINE = "deadline";
    static final String PUBLISHED = "published";
    static final String VERSION = "version";
    /** The posting's text as a normalized term vector ({@link PairText}), for the pair's text similarity. */
    static final String VECTOR = "vector";
    /** An English posting's vector with the concepts it names, for pairs with another language (decision 027). */
    static final String CONCEPT_VECTOR = "concept_vector";
    /** The number of the rebuild that last put the document; older ones are stale after a rebuild. */
    static final String BATCH = "batch";

    /** Changes whenever the document layout does; an index written with another layout is rebuilt. */
    static final String VERSION_NAME = "postings-6";

    private PostingSchema() {}

    /** A posting as the index sees it. */
    public record Doc(
            String id,
            String kind,
            String organizationId,
            String title,
            String body,
            Collection<String> clinicalAreas,
            Collection<String> categories,
            Collection<String> careSettings,
            Collection<String> certifications,
            Collection<String> integrations,
            Collection<String> regions,
            int stageRank,
            Long deadlineEpochDay,
            long publishedMillis,
            long version,
            String cluster,
            Collection<String> audience,
            PostingLanguage language) {

        /** A posting of no cluster: found only where nothing is filtered. */
        public Doc(
                String id,
                String kind,
                String organizationId,
                String title,
                String body,
                Collection<String> clinicalAreas,
                Collection<String> categories,
                Collection<String> careSettings,
                Collection<String> certifications,
                Collection<String> integrations,
                Collection<String> regions,
                int stageRank,
                Long deadlineEpochDay,
                long publishedMillis,
                long version,
                PostingLanguage language) {
            this(
                    id,
                    kind,
                    organizationId,
                    title,
                    body,
                    clinicalAreas,
                    categories,
                    careSettings,
                    certifications,
                    integrations,
                    regions,
                    stageRank,
                    deadlineEpochDay,
                    publishedMillis,
                    version,
                    null,
                    List.of(),
                    language);
        }
    }

    static Document document(Doc doc, long batch, PairText pairText, LanguageAnalysis analysis) {
        PostingLanguage language = analysis.languageOf(doc.language(), doc.title(), doc.body());
        Document document = new Document();
        document.add(new LongField(BATCH, batch, Field.Store.NO));
        document.add(new StringField(ID, doc.id(), Field.Store.NO));
        document.add(new SortedDocValuesField(ID, new BytesRef(doc.id())));
        document.add(new StringField(KIND, doc.kind(), Field.Store.NO));
        if (doc.organizationId() != null) {
            document.add(new StringField(ORG, doc.organizationId(), Field.Store.NO));
        }
        document.add(new StringField(LANGUAGE, language.code(), Field.Store.NO));
        document.add(new SortedDocValuesField(LANGUAGE, new BytesRef(language.code())));
        document.add(new TextField(
                LanguageAnalysis.title(language), doc.title() == null ? "" : doc.title(), Field.Store.NO));
        document.add(
                new TextField(LanguageAnalysis.body(language), doc.body() == null ? "" : doc.body(), Field.Store.NO));
        codes(document, CLINICAL, doc.clinicalAreas(), true);
        codes(document, CATEGORY, doc.categories(), true);
        codes(document, SETTING, doc.careSettings(), true);
        codes(document, CERT, doc.certifications(), false);
        codes(document, INTEGRATION, doc.integrations(), false);
        codes(document, REGION, doc.regions(), true);
        if (doc.cluster() != null) {
            document.add(new StringField(CLUSTER, doc.cluster(), Field.Store.NO));
        }
        for (String cluster : Set.copyOf(doc.audience())) {
            document.add(new StringField(AUDIENCE, cluster, Field.Store.NO));
        }
        document.add(new NumericDocValuesField(STAGE, doc.stageRank()));
        if (doc.deadlineEpochDay() != null || PostingKind.OPPORTUNITY.name().equals(doc.kind())) {
            // an opportunity without a deadline never expires: it sorts after every date
            document.add(new LongField(
                    DEADLINE,
                    doc.deadlineEpochDay() == null ? Long.MAX_VALUE : doc.deadlineEpochDay(),
                    Field.Store.NO));
        }
        document.add(new NumericDocValuesField(PUBLISHED, doc.publishedMillis()));
        document.add(new NumericDocValuesField(VERSION, doc.version()));
        PairText.Vectors vectors = pairText.vectors(language, doc.title(), doc.body());
        document.add(new BinaryDocValuesField(VECTOR, vectors.words()));
        if (language == PostingLanguage.EN && !vectors.withConcepts().equals(vectors.words())) {
            document.add(new BinaryDocValuesField(CONCEPT_VECTOR, vectors.withConcepts()));
        }
        return document;
    }

    private static void codes(Document document, String field, Collection<String> codes, boolean searchable) {
        for (String code : Set.copyOf(codes)) {
            if (searchable) {
                document.add(new StringField(field, code, Field.Store.NO));
            }
            document.add(new SortedSetDocValuesField(field, new BytesRef(code)));
        }
    }

    /** The posting id of a top-level document number, from doc values. */
    static String id(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues ids = DocValues.getSorted(leaf.reader(), ID);
        ids.advanceExact(doc - leaf.docBase);
        return ids.lookupOrd(ids.ordValue()).utf8ToString();
    }
}
