package org.attune.annotator.ui;

import java.awt.EventQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** Test helpers: run on the Event Dispatch Thread, and wait for a condition read there. */
final class Edt {

    private Edt() {
    }

    static <T> T call(Callable<T> c) throws Exception {
        AtomicReference<T> out = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        EventQueue.invokeAndWait(() -> {
            try {
                out.set(c.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return out.get();
    }

    static void run(Runnable r) throws Exception {
        EventQueue.invokeAndWait(r);
    }

    /** Waits (at most 20 s) until a condition read on the Event Dispatch Thread holds. */
    static void waitFor(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!call(condition)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.sleep(20);
        }
    }
}
