package org.attune.annotator.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.attune.core.model.AnnotationDocument;
import org.junit.jupiter.api.Test;

class HistoryTest {

    private static History.Entry entry(String name) {
        Snapshot s = new Snapshot(AnnotationDocument.empty("t"), Selection.NONE);
        return new History.Entry(name, s, s);
    }

    @Test
    void keepsAtMostItsLimitDroppingTheOldestEdits() {
        History h = new History(2);
        h.record(entry("a"));
        h.record(entry("b"));
        h.record(entry("c"));
        assertThat(h.undo()).map(History.Entry::name).contains("c");
        assertThat(h.undo()).map(History.Entry::name).contains("b");
        assertThat(h.undo()).isEmpty();
        assertThat(h.redoName()).contains("b");
    }

    @Test
    void refusesANonPositiveLimit() {
        assertThatThrownBy(() -> new History(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
