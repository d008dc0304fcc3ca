package org.marketaccess.portal.dataset;

/** Told how far an import has got, so that a view can show progress for large files. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (phase, done, total) -> {};

    void update(String phase, int done, int total);
}
