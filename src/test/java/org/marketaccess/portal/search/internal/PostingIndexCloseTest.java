package org.marketaccess.portal.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing releases the directory and its write lock even when the last commit fails. */
class PostingIndexCloseTest {

    @Test
    void aFailedCommitStillReleasesTheLockAndTheDirectory(@TempDir Path path) throws IOException {
        FailingSync directory = new FailingSync(FSDirectory.open(path));
        PostingIndex index = PostingIndex.open(directory, 2f);
        index.put(doc("n1"));
        directory.failing = true;

        assertThatThrownBy(index::close)
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("disk full");

        assertThat(directory.closed).as("directory closed").isTrue();
        // the lock is free: the portal's next start opens the index (and refills what was not committed)
        try (PostingIndex again = PostingIndex.open(path, 2f)) {
            assertThat(again.count("NEED")).isZero();
        }
    }

    private static PostingSchema.Doc doc(String id) {
        return new PostingSchema.Doc(
                id,
                "NEED",
                "org",
                "Remote monitoring",
                "Heart failure at home",
                List.of("cardiology"),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                0,
                null,
                0,
                1,
                null);
    }

    /** A disk that fails when asked to make files durable. */
    private static final class FailingSync extends FilterDirectory {
        volatile boolean failing;
        volatile boolean closed;

        FailingSync(Directory in) {
            super(in);
        }

        @Override
        public void sync(Collection<String> names) throws IOException {
            if (failing) {
                throw new IOException("disk full");
            }
            super.sync(names);
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }
}
